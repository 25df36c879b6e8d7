// ladder(graph, id): the class's ladder (its series, numbered title family or title-rank family) in
// order, lowest rung first, each rung's step up with months and evidence, and where the top rung
// leads.
// [Reference] issue 3 "Queries"; graph-index.ts for how ladders and rungs are derived.
// NOTE: ladder(Medical Social Associate) → rungs Assistant 1, Associate 2 (current), Consultant 3,
// Assistant Supervisor 4, Supervisor 5; a class on no ladder is a ladder of one rung.

import type { Evidence, SeriesInfo } from '../../model/index.ts';
import type { CareerGraph } from '../career-graph.ts';
import { graphIndex } from '../graph-index.ts';
import { requireClass } from '../require-class.ts';

export interface ClassSummary {
  classId: string;
  title: string;
  code: string | null;
  jurisdiction: string;
}

export interface LadderStep {
  to: ClassSummary;
  /** "promotional line 51; comparable to the Medical Social Consultant level" */
  basis: string;
  /** Months of experience the step asks for, when stated. */
  months: number | null;
  evidence: Evidence[];
}

export interface LadderRung extends ClassSummary {
  /** 1-based, lowest first. */
  rung: number;
  current: boolean;
  series: SeriesInfo | null;
  /** Ladder steps from this rung to the next. */
  up: LadderStep[];
}

export interface LadderResult {
  classId: string;
  /** The current class's rung. */
  position: number;
  /** The highest rung. */
  top: number;
  rungs: LadderRung[];
  /** Promotion edges from the top rung(s) to classes off this ladder. */
  leadsTo: (LadderStep & { from: ClassSummary })[];
}

export function classSummary(graph: CareerGraph, id: string): ClassSummary {
  const c = graph.getNodeAttributes(id);
  return { classId: id, title: c.title, code: c.code, jurisdiction: c.jurisdiction };
}

export function ladder(graph: CareerGraph, id: string): LadderResult {
  requireClass(graph, 'ladder', id);
  const l = graphIndex(graph).ladderOf.get(id);
  const members = l?.members ?? [id];
  const rungOf = (m: string): number => l?.rung.get(m) ?? 1;
  const inLadder = new Set(members);
  const rungs: LadderRung[] = members.map((m) => {
    const up: LadderStep[] = [];
    graph.forEachOutEdge(m, (_key, edge, _s, target) => {
      if (edge.kind === 'promotion' && edge.ladder === true && inLadder.has(target)) {
        up.push({
          to: classSummary(graph, target),
          basis: edge.basis,
          months: edge.months,
          evidence: edge.evidence,
        });
      }
    });
    return {
      ...classSummary(graph, m),
      rung: rungOf(m),
      current: m === id,
      series: graph.getNodeAttribute(m, 'series'),
      up,
    };
  });
  const top = l?.top ?? 1;
  const leadsTo: LadderResult['leadsTo'] = [];
  for (const m of members) {
    if (rungOf(m) !== top) continue;
    graph.forEachOutEdge(m, (_key, edge, _s, target) => {
      if (edge.kind !== 'promotion' || inLadder.has(target)) return;
      leadsTo.push({
        from: classSummary(graph, m),
        to: classSummary(graph, target),
        basis: edge.basis,
        months: edge.months,
        evidence: edge.evidence,
      });
    });
  }
  return { classId: id, position: rungOf(id), top, rungs, leadsTo };
}
