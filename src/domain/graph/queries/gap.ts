// gap(graph, from, to): what moving from one class to another asks of a person — competencies
// shared, to raise (the target asks a higher proficiency) and new, each citing the KSA statements of
// both specs; and the qualification difference (education level and field, months and kind of
// experience per route, licences). Directional: gap(A, B) differs from gap(B, A).
// [Reference] ../shared/PRODUCT.md "Who uses it"; issue 3 "Queries"; issue 5 "Compare two classes".
// NOTE: Medical Social Associate → Consultant: social work "basic" (1) → "thorough" (4) is to raise;
// a competency with no proficiency word on either side counts as shared, not to raise.

import { educationRank, fieldFile, type EducationLevel, type Profile } from '../../model/index.ts';
import type { CareerGraph, JobClassAttributes } from '../career-graph.ts';
import { classCompetencies, type ClassCompetency } from '../class-competencies.ts';
import { competencyName } from '../competency-name.ts';
import { buildDefaultProfile, defaultProfile } from '../default-profile.ts';
import { requireClass } from '../require-class.ts';
import { assessEligibility, type EligibilityStatus } from './eligibility.ts';
import { classSummary, type ClassSummary } from './ladder.ts';

export type GapStatus = 'shared' | 'to-raise' | 'new';

export interface KsaCitation {
  classId: string;
  text: string;
  file: string;
  line: number | null;
}

export interface CompetencySide {
  proficiency: number | null;
  proficiencyWord: string | null;
  ksas: KsaCitation[];
}

export interface GapRow {
  id: string;
  name: string;
  status: GapStatus;
  /** What the current class asks (null for a new competency). */
  from: CompetencySide | null;
  /** What the target class asks. */
  to: CompetencySide;
}

export interface QualificationDifference {
  education: {
    from: Profile['education'];
    to: Profile['education'];
    /** The target's least education is higher than the current class's. */
    raise: boolean;
    /** Both name a field and the fields differ. */
    fieldDiffers: boolean;
  };
  /** Every route of the target, with its experience and whether the current class's work counts. */
  routes: {
    id: string;
    label: string;
    text: string;
    line: number | null;
    education: { level: EducationLevel; field: string | null } | null;
    experience: { months: number; kind: string; countsFromCurrent: boolean }[];
    licenses: string[];
    equivalentCombination: boolean;
  }[];
  licenses: { needed: string[]; alreadyRequired: string[]; new: string[] };
  /** A person who just meets the current class's minimum, with no months yet, against the target. */
  eligibility: { status: EligibilityStatus; monthsNeeded: number | null; explanation: string };
}

export interface GapResult {
  from: ClassSummary;
  to: ClassSummary;
  shared: GapRow[];
  toRaise: GapRow[];
  new: GapRow[];
  /** Competencies the current class asks that the target does not (kept, not a gap). */
  notNeeded: GapRow[];
  qualifications: QualificationDifference;
}

export function gap(graph: CareerGraph, from: string, to: string): GapResult {
  const a = requireClass(graph, 'gap', from);
  const b = requireClass(graph, 'gap', to);
  const rows = compareCompetencies(a, b);
  return {
    from: classSummary(graph, from),
    to: classSummary(graph, to),
    shared: rows.filter((r) => r.status === 'shared'),
    toRaise: rows
      .filter((r) => r.status === 'to-raise')
      .sort((x, y) => raiseBy(y) - raiseBy(x) || x.name.localeCompare(y.name)),
    new: rows
      .filter((r) => r.status === 'new')
      .sort(
        (x, y) => (y.to.proficiency ?? 0) - (x.to.proficiency ?? 0) || x.name.localeCompare(y.name),
      ),
    notNeeded: [...classCompetencies(a).values()]
      .filter((c) => !classCompetencies(b).has(c.id))
      .map((c) => ({
        id: c.id,
        name: competencyName(c.id),
        status: 'shared' as const,
        from: side(a, c),
        to: side(b, null),
      })),
    qualifications: qualificationDifference(graph, a, b),
  };
}

/** Every competency the target asks, compared with what the current class asks. */
function compareCompetencies(current: JobClassAttributes, target: JobClassAttributes): GapRow[] {
  const mine = classCompetencies(current);
  const rows: GapRow[] = [];
  for (const c of classCompetencies(target).values()) {
    const have = mine.get(c.id);
    rows.push({
      id: c.id,
      name: competencyName(c.id),
      status: gapStatus(have?.proficiency, c.proficiency, have !== undefined),
      from: have ? side(current, have) : null,
      to: side(target, c),
    });
  }
  return rows;
}

/** covered/shared, to raise, or new, for one competency. */
export function gapStatus(
  has: number | null | undefined,
  needs: number | null,
  present: boolean,
): GapStatus {
  if (!present) return 'new';
  if (has == null || needs === null) return 'shared';
  return has >= needs ? 'shared' : 'to-raise';
}

function raiseBy(r: GapRow): number {
  return (r.to.proficiency ?? 0) - (r.from?.proficiency ?? 0);
}

/** What one class asks of a competency (nothing when `c` is null), citing its KSA statements. */
export function side(cls: JobClassAttributes, c: ClassCompetency | null): CompetencySide {
  return {
    proficiency: c?.proficiency ?? null,
    proficiencyWord: c?.proficiencyWord ?? null,
    ksas: (c?.ksas ?? []).map((k) => ({
      classId: cls.id,
      text: k.text,
      file: fieldFile(cls, 'ksas'),
      line: k.line,
    })),
  };
}

function qualificationDifference(
  graph: CareerGraph,
  a: JobClassAttributes,
  b: JobClassAttributes,
): QualificationDifference {
  const current = defaultProfile(graph, a.id).profile;
  const fromEdu = current.education;
  const toEdu = buildDefaultProfile(b).education;
  const { result, candidate } = assessEligibility(graph, b.id, current, 'gap');
  const have = new Set(a.qualifications.licenses.map((l) => l.toLowerCase()));
  const needed = b.qualifications.licenses;
  return {
    education: {
      from: fromEdu,
      to: toEdu,
      raise: educationRank(toEdu.level) > educationRank(fromEdu.level),
      fieldDiffers:
        fromEdu.field !== null &&
        toEdu.field !== null &&
        fromEdu.field.toLowerCase() !== toEdu.field.toLowerCase(),
    },
    routes: b.qualifications.routes.map((r) => ({
      id: r.id,
      label: r.label,
      text: r.text,
      line: r.line,
      education: r.education ? { level: r.education.level, field: r.education.field } : null,
      experience: r.experience.map((e) => ({
        months: e.months,
        kind: e.kind,
        countsFromCurrent: candidate.qualifies(a.id, e),
      })),
      licenses: r.licenses.map((l) => (l.anyOf.length > 1 ? l.anyOf.join(' or ') : l.name)),
      equivalentCombination: r.equivalentCombination,
    })),
    licenses: {
      needed,
      alreadyRequired: needed.filter((l) => have.has(l.toLowerCase())),
      new: needed.filter((l) => !have.has(l.toLowerCase())),
    },
    eligibility: {
      status: result.status,
      monthsNeeded: result.monthsNeeded,
      explanation: result.explanation,
    },
  };
}
