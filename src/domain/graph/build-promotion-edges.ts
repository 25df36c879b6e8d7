// Promotion edges (directed, lower → higher) inside one jurisdiction: series order / promotional
// line, numbered title families (I → II → III), qualification clauses that name another class
// ("comparable to that performed at the X level", "performing the duties of a X", "experience as a X"),
// and, where an index files classes by work area and states no series, title ranks ("Electrician
// Sub-Foreman" → "Electrician Foreman").
// [Reference] ../shared/PRODUCT.md "The graph" (promotion); issue 3 "Edges".
// NOTE: a clause and a ladder that join the same pair make ONE edge: Medical Social Consultant →
// Assistant Supervisor is "promotional line 51; comparable to the Medical Social Consultant level",
// months 24 (from the clause), ladder true, with the evidence of both.

import type { Diagnostic } from '../diagnostics.ts';
import {
  fieldFile,
  foldSpaces,
  type CareerEdge,
  type ClassReference,
  type ClassReferenceKind,
  type Evidence,
  type JobClass,
  type QualificationRoute,
} from '../model/index.ts';
import { compareIds, type ClassIndex } from './build-class-index.ts';
import { parseTitleRank, UNIFORMED_RANKS } from './parse-title-rank.ts';
import { resolveClassReferenceOnce } from './resolve-class-reference.ts';

export interface PromotionEdgesResult {
  edges: CareerEdge[];
  diagnostics: Diagnostic[];
  /** How many class references of each kind resolved to a class (issue 3 "Real size"). */
  references: ReferenceCounts;
  /** The same, per jurisdiction of the class whose qualifications hold the reference. */
  referencesByJurisdiction: Record<string, ReferenceCounts>;
}

export type ReferenceCounts = Record<ClassReferenceKind, { resolved: number; unresolved: number }>;

function emptyCounts(): ReferenceCounts {
  return {
    'comparable-level': { resolved: 0, unresolved: 0 },
    'performing-duties': { resolved: 0, unresolved: 0 },
    'in-class': { resolved: 0, unresolved: 0 },
  };
}

interface Draft {
  source: JobClass;
  target: JobClass;
  ladder: boolean;
  months: number | null;
  bases: string[];
  evidence: Evidence[];
}

export function buildPromotionEdges(
  classes: readonly JobClass[],
  index: ClassIndex,
): PromotionEdgesResult {
  const drafts = new Map<string, Draft>();
  const diagnostics: Diagnostic[] = [];
  const references = emptyCounts();
  const referencesByJurisdiction: Record<string, ReferenceCounts> = {};

  const draft = (source: JobClass, target: JobClass): Draft => {
    const key = `${source.id}\u0000${target.id}`;
    let d = drafts.get(key);
    if (!d) {
      d = { source, target, ladder: false, months: null, bases: [], evidence: [] };
      drafts.set(key, d);
    }
    return d;
  };
  const addBasis = (d: Draft, basis: string): void => {
    if (!d.bases.includes(basis)) d.bases.push(basis);
  };
  const addEvidence = (d: Draft, ev: Evidence): void => {
    if (
      !d.evidence.some((e) => e.classId === ev.classId && e.text === ev.text && e.line === ev.line)
    ) {
      d.evidence.push(ev);
    }
  };

  // 1. Series order (and promotional line): consecutive levels of one series.
  for (const members of index.bySeries.values()) {
    const levelled = members.filter((c) => c.series?.level != null);
    const levels = [...new Set(levelled.map((c) => c.series?.level as number))].sort(
      (a, b) => a - b,
    );
    for (let i = 0; i + 1 < levels.length; i++) {
      const lower = levelled.filter((c) => c.series?.level === levels[i]);
      const upper = levelled.filter((c) => c.series?.level === levels[i + 1]);
      for (const s of lower) {
        for (const t of upper) {
          const d = draft(s, t);
          d.ladder = true;
          const line = s.series?.promotionalLine;
          addBasis(d, line ? `promotional line ${line}` : 'series order');
          addEvidence(d, ladderEvidence(s));
          addEvidence(d, ladderEvidence(t));
        }
      }
    }
  }

  // 2. Numbered title families in one jurisdiction: "Accountant I" → "Accountant II".
  for (const list of index.byNumberedFamily.values()) {
    const numbers = [...new Set(list.map((m) => m.n))].sort((a, b) => a - b);
    for (let i = 0; i + 1 < numbers.length; i++) {
      const lower = list.filter((m) => m.n === numbers[i]);
      const upper = list.filter((m) => m.n === numbers[i + 1]);
      // Duplicated titles (one class listed twice) would make a tangle: keep clear pairs only.
      if (lower.length > 2 || upper.length > 2) continue;
      for (const s of lower) {
        for (const t of upper) {
          if (s.cls.id === t.cls.id) continue;
          const d = draft(s.cls, t.cls);
          d.ladder = true;
          if (!d.bases.some((b) => b === 'series order' || b.startsWith('promotional line'))) {
            addBasis(d, 'numbered titles');
          }
          addEvidence(d, ladderEvidence(s.cls));
          addEvidence(d, ladderEvidence(t.cls));
        }
      }
    }
  }

  // 3. Qualification clauses that name a class of the same jurisdiction.
  for (const target of classes) {
    const local = (referencesByJurisdiction[target.jurisdiction] ??= emptyCounts());
    for (const route of target.qualifications.routes) {
      for (const exp of route.experience) {
        const clauses: { months: number; refs: ClassReference[]; text: string }[] = [
          { months: exp.months, refs: exp.classRefs, text: exp.text },
          ...exp.including.map((inc) => ({
            months: inc.months,
            refs: inc.classRefs,
            text: exp.text,
          })),
        ];
        for (const clause of clauses) {
          for (const ref of clause.refs) {
            const resolved = resolveClassReferenceOnce(index, ref, target);
            if (resolved.length === 0) {
              references[ref.kind].unresolved++;
              local[ref.kind].unresolved++;
              diagnostics.push(unresolvedDiagnostic(target, route, ref));
              continue;
            }
            references[ref.kind].resolved++;
            local[ref.kind].resolved++;
            for (const source of resolved) {
              if (source.id === target.id) continue;
              const d = draft(source, target);
              // "The next lower level of this series": the clause itself says the two are rungs
              // of one series, where the index states none ("Mammography Specialist").
              if (ref.relative === 'lower-level') d.ladder = true;
              addBasis(d, clauseBasis(ref.kind, source.title));
              d.months = d.months === null ? clause.months : Math.min(d.months, clause.months);
              addEvidence(d, {
                classId: target.id,
                text: clause.text || ref.text,
                file: fieldFile(target, 'qualifications'),
                line: exp.line ?? route.line,
              });
              addEvidence(d, ladderEvidence(source));
            }
          }
        }
      }
    }
  }

  // 4. Title ranks where an index files classes by work area and states no series: "Electrician
  // Sub-Foreman" → "Electrician Foreman". Filled in only where the steps above join the two classes
  // neither way ("Procurement Officer" → "… Specialist" → "… Supervisor" is not shortened to
  // "Procurement Officer" → "… Supervisor"); each step is weighed against those steps alone, so the
  // order of the classes does not matter.
  const next = new Map<string, string[]>();
  for (const d of drafts.values()) {
    const list = next.get(d.source.id);
    if (list) list.push(d.target.id);
    else next.set(d.source.id, [d.target.id]);
  }
  for (const [lower, upper, workArea] of titleRankSteps(classes)) {
    let d = drafts.get(`${lower.id}\u0000${upper.id}`);
    if (d === undefined) {
      if (reaches(next, lower.id, upper.id) || reaches(next, upper.id, lower.id)) continue;
      d = draft(lower, upper);
    }
    d.ladder = true;
    addBasis(d, `title ranks in work area ${workArea}`);
    addEvidence(d, ladderEvidence(lower));
    addEvidence(d, ladderEvidence(upper));
  }

  const edges: CareerEdge[] = [...drafts.values()]
    .sort((a, b) => compareIds(a.source.id, b.source.id) || compareIds(a.target.id, b.target.id))
    .map((d) => ({
      source: d.source.id,
      target: d.target.id,
      kind: 'promotion',
      weight: 1,
      months: d.months,
      evidence: d.evidence,
      basis: d.bases.join('; '),
      ladder: d.ladder,
    }));
  return { edges, diagnostics, references, referencesByJurisdiction };
}

/**
 * Consecutive rungs of each title family (see parseTitleRank) among the classes an index files under
 * one work area, with no series, in one jurisdiction: [lower, upper, work area]. A family needs one
 * class per rung, and its base title when a rung is below it. A family is left whole when the work
 * area holds another rung of it that no rank word places ("Financial Analyst/Planner Specialist"
 * beside the Analyst/Planner and its Supervisor: where the Specialist stands is not known).
 */
function titleRankSteps(classes: readonly JobClass[]): [JobClass, JobClass, string][] {
  const families = new Map<string, { rank: number; cls: JobClass; word: string | null }[]>();
  const titlesByArea = new Map<string, string[]>();
  for (const cls of classes) {
    const workArea = cls.facts?.workArea;
    if (workArea === undefined || workArea === '' || cls.series !== null) continue;
    const area = `${cls.jurisdiction}\u0000${workArea}`;
    const titles = titlesByArea.get(area);
    const title = foldSpaces(cls.title.toLowerCase());
    if (titles) titles.push(title);
    else titlesByArea.set(area, [title]);
    const parsed = parseTitleRank(cls.title);
    if (parsed === null) continue;
    const key = `${area}\u0000${parsed.family}`;
    const list = families.get(key);
    const member = { rank: parsed.rank, cls, word: parsed.word };
    if (list) list.push(member);
    else families.set(key, [member]);
  }
  // A uniformed family's officer ("Police Officer", its own family) is its base rung.
  for (const [key, list] of families) {
    if (!list.some((m) => UNIFORMED_RANKS.has(m.word ?? ''))) continue;
    const officer = families.get(`${key} officer`);
    if (officer?.length === 1 && officer[0]?.rank === 0 && !list.some((m) => m.rank === 0))
      list.push(officer[0]);
  }
  const steps: [JobClass, JobClass, string][] = [];
  for (const [key, list] of families) {
    const ranks = [...new Set(list.map((m) => m.rank))].sort((a, b) => a - b);
    if (ranks.length < 2 || ranks.length !== list.length) continue;
    if ((ranks[0] as number) < 0 && !ranks.includes(0)) continue;
    const cut = key.lastIndexOf('\u0000');
    const family = key.slice(cut + 1);
    const placed = new Set(list.map((m) => foldSpaces(m.cls.title.toLowerCase())));
    const unplaced = (titlesByArea.get(key.slice(0, cut)) ?? []).some((t) => {
      if (placed.has(t)) return false;
      const extra = t.startsWith(`${family} `)
        ? t.slice(family.length + 1)
        : t.endsWith(` ${family}`)
          ? t.slice(0, -family.length - 1)
          : null;
      return extra !== null && LEVEL_WORD.test(extra);
    });
    if (unplaced) continue;
    const byRank = new Map(list.map((m) => [m.rank, m.cls]));
    for (let i = 0; i + 1 < ranks.length; i++) {
      const lower = byRank.get(ranks[i] as number);
      const upper = byRank.get(ranks[i + 1] as number);
      const workArea = lower?.facts?.workArea;
      if (lower && upper && workArea) steps.push([lower, upper, workArea]);
    }
  }
  return steps;
}

/**
 * A word that makes a title another rung of the same work ("… Specialist", "… Associate"), not
 * another trade ("Machinist Welder", "Offset Press Technician", "Building Operating Engineer").
 */
const LEVEL_WORD =
  /^(?:specialist|associate|coordinator|manager|director|administrator|aide|helper|laborer|worker|intern)$/;

/** Whether the promotions in `next` (class id → the ids it leads to) lead from `from` to `to`. */
function reaches(next: ReadonlyMap<string, string[]>, from: string, to: string): boolean {
  const seen = new Set([from]);
  const stack = [from];
  while (stack.length > 0) {
    for (const id of next.get(stack.pop() as string) ?? []) {
      if (id === to) return true;
      if (!seen.has(id)) {
        seen.add(id);
        stack.push(id);
      }
    }
  }
  return false;
}

/**
 * What a ladder edge quotes of a class: the line that names it, word for word (its series-table
 * row: "0264 Medical Social Assistant 01 444 6 mo. 11/15/11 Rev."); for a class with none, a line
 * made from its title, code and series, at the class's first line.
 */
function ladderEvidence(cls: JobClass): Evidence {
  if (cls.namedAt) {
    return {
      classId: cls.id,
      text: cls.namedAt.text,
      file: cls.source.file,
      line: cls.namedAt.line,
    };
  }
  const s = cls.series;
  const where = s
    ? `${s.level !== null ? `level ${s.level} of ` : ''}${s.title}`
    : cls.jurisdiction;
  return {
    classId: cls.id,
    text: `${cls.title}${cls.code ? ` (${cls.code})` : ''}, ${where}`,
    file: cls.source.file,
    line: cls.source.lines[0],
  };
}

function clauseBasis(kind: ClassReferenceKind, title: string): string {
  const article = /^[aeiou]/i.test(title) ? 'an' : 'a';
  switch (kind) {
    case 'comparable-level':
      return `comparable to the ${title} level`;
    case 'performing-duties':
      return `performing the duties of ${article} ${title}`;
    case 'in-class':
      return `experience as ${article} ${title}`;
  }
}

function unresolvedDiagnostic(
  target: JobClass,
  route: QualificationRoute,
  ref: ClassReference,
): Diagnostic {
  return {
    file: fieldFile(target, 'qualifications'),
    line: route.line,
    severity: 'warning',
    code: 'unresolved-class-reference',
    message:
      ref.relative === 'lower-level'
        ? `${target.title}: "${ref.text}" names no class: no class of its series, numbered titles or title family is below it.`
        : `${target.title}: "${ref.title}" names no class of jurisdiction ${target.jurisdiction}${
            ref.sameSeries && target.series ? ` in the series ${target.series.title}` : ''
          }.`,
    classId: target.id,
    text: ref.text,
  };
}
