// The ladder layout's input for a class: its ladder (from the `ladder` query), the edges between
// the ladder's classes and their neighbours, and the neighbours' own promotions among themselves
// (so a neighbouring series can be drawn as a ladder too). Selection for drawing only.

import { ladder, type CareerGraph, type LadderResult } from '../../domain/graph/index.ts';
import type { CareerEdge } from '../../domain/model/index.ts';
import type { LadderClassInput, LadderEdgeInput, LadderLayoutInput } from '../layout/ladder-layout.ts';

export interface LadderView {
  ladder: LadderResult;
  input: LadderLayoutInput;
  /** Edge key → the career edge, for its evidence. */
  edges: ReadonlyMap<string, CareerEdge>;
}

export function buildLadderView(graph: CareerGraph, id: string, jurisdictionNames: ReadonlyMap<string, string>): LadderView {
  const lad = ladder(graph, id);
  const members = new Set(lad.rungs.map((r) => r.classId));
  const edges = new Map<string, CareerEdge>();
  const steps: LadderEdgeInput[] = [];
  const links: LadderEdgeInput[] = [];
  const neighbours = new Set<string>();
  const toInput = (key: string, e: CareerEdge): LadderEdgeInput => ({ key, kind: e.kind, source: e.source, target: e.target, months: e.months, weight: e.weight });

  // Every edge touching the ladder, then thinned for drawing: between rungs only the ladder's own
  // promotions; per neighbour and kind, the links that touch the viewed class (else the strongest);
  // parallel edges of one kind between one pair (one per route) drawn once, their evidence merged.
  const touching: { key: string; e: CareerEdge }[] = [];
  const seen = new Set<string>();
  for (const m of members) {
    graph.forEachEdge(m, (key, e, source, target) => {
      if (seen.has(key)) return;
      seen.add(key);
      const inside = members.has(source) && members.has(target);
      if (inside && e.kind === 'promotion' && e.ladder === true) {
        edges.set(key, e);
        steps.push(toInput(key, e));
      } else if (!inside) {
        touching.push({ key, e });
      }
    });
  }
  const byNeighbourKind = new Map<string, { key: string; e: CareerEdge }[]>();
  for (const t of touching) {
    const other = members.has(t.e.source) ? t.e.target : t.e.source;
    const group = `${other}|${t.e.kind}`;
    (byNeighbourKind.get(group) ?? byNeighbourKind.set(group, []).get(group))?.push(t);
  }
  for (const [group, list] of byNeighbourKind) {
    const other = group.slice(0, group.lastIndexOf('|'));
    neighbours.add(other);
    const direct = list.filter((t) => t.e.source === id || t.e.target === id);
    const strongest = [...list].sort((a, b) => b.e.weight - a.e.weight || (a.e.months ?? 0) - (b.e.months ?? 0))[0];
    const keep = direct.length > 0 ? direct : strongest ? [strongest] : [];
    // One drawn edge per direction: parallel route edges merged.
    const byDirection = new Map<string, { key: string; e: CareerEdge }[]>();
    for (const t of keep) {
      const dir = `${t.e.source}>${t.e.target}`;
      (byDirection.get(dir) ?? byDirection.set(dir, []).get(dir))?.push(t);
    }
    for (const parallel of byDirection.values()) {
      const first = parallel[0];
      if (!first) continue;
      const months = parallel.map((t) => t.e.months).filter((m): m is number => m !== null);
      const merged: CareerEdge = {
        ...first.e,
        months: months.length > 0 ? Math.min(...months) : null,
        weight: Math.max(...parallel.map((t) => t.e.weight)),
        evidence: parallel.flatMap((t) => t.e.evidence).filter((ev, i, all) => all.findIndex((x) => x.text === ev.text && x.line === ev.line && x.file === ev.file) === i),
        route: parallel.length > 1 ? parallel.map((t) => t.e.route).filter(Boolean).join(', ') : first.e.route,
      };
      edges.set(first.key, merged);
      links.push(toInput(first.key, merged));
    }
  }
  // The neighbours' promotions among themselves: a neighbouring series is drawn as a ladder too.
  for (const n of neighbours) {
    graph.forEachOutEdge(n, (key, e, _source, target) => {
      if (e.kind !== 'promotion' || !neighbours.has(target) || edges.has(key)) return;
      edges.set(key, e);
      links.push(toInput(key, e));
    });
  }
  const info = (cid: string): LadderClassInput => {
    const c = graph.getNodeAttributes(cid);
    return { id: cid, title: c.title, code: c.code, jurisdiction: c.jurisdiction };
  };
  const cls = graph.getNodeAttributes(id);
  const seriesTitle = lad.rungs.find((r) => r.series)?.series?.title ?? null;
  const jname = jurisdictionNames.get(cls.jurisdiction) ?? cls.jurisdiction;
  return {
    ladder: lad,
    edges,
    input: {
      currentId: id,
      rungs: lad.rungs.map((r) => ({ id: r.classId, title: r.title, code: r.code, jurisdiction: r.jurisdiction, rung: r.rung })),
      steps,
      links,
      others: [...neighbours].map(info),
      jurisdictionNames,
      ladderLabel: seriesTitle ? `${seriesTitle} · ${jname}` : lad.rungs.length > 1 ? `Ladder · ${jname}` : jname,
    },
  };
}
