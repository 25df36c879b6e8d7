// teamGap(graph, members, target): a team against a target class — for each competency the target
// asks and each member, covered / to raise / missing with the member's proficiency; per competency
// "k of n cover it", sorted by how many lack it (the ones nobody covers first: 0 of n); each member's
// eligibility for the target now, or the months and credentials still missing.
// [Reference] ../shared/PRODUCT.md "Who uses it" (managers); issue 3 "Queries"; issue 5 "Team gap".
// NOTE: a member is given as a class and months in it; unless a profile is given, they are taken
// to meet their own class's minimum (its least education and field, its licences).

import { InvalidOptionError } from '../../errors.ts';
import type { Profile } from '../../model/index.ts';
import type { CareerGraph } from '../career-graph.ts';
import { classCompetencies } from '../class-competencies.ts';
import { competencyName } from '../competency-name.ts';
import { defaultProfile } from '../default-profile.ts';
import { requireClass } from '../require-class.ts';
import { assessEligibility, type EligibilityStatus } from './eligibility.ts';
import { gapStatus, side, type CompetencySide } from './gap.ts';
import { classSummary, type ClassSummary } from './ladder.ts';

export interface TeamMember {
  label: string;
  classId: string;
  /** Months in that class. */
  months: number;
  /** The member's full profile, when known. Default: the class's minimum with `months` in it. */
  profile?: Profile;
}

export type TeamCellStatus = 'covered' | 'to-raise' | 'missing';

export interface TeamCell {
  member: string;
  status: TeamCellStatus;
  proficiency: number | null;
  proficiencyWord: string | null;
}

export interface TeamGapRow {
  id: string;
  name: string;
  target: CompetencySide;
  /** One cell per member, in the members' order. */
  cells: TeamCell[];
  covered: number;
  toRaise: number;
  missing: number;
  /** "3 of 5 cover it" */
  summary: string;
}

export interface TeamMemberStanding extends ClassSummary {
  label: string;
  months: number;
  eligibility: {
    status: EligibilityStatus;
    monthsNeeded: number | null;
    missingCredentials: string[];
    /** What the route also asks that the rules cannot check, for a person to confirm. */
    toConfirm: string[];
    route: { id: string; label: string; text: string } | null;
    explanation: string;
  };
}

export interface TeamGapResult {
  target: ClassSummary;
  members: TeamMemberStanding[];
  /** Sorted: nobody covers it first, then by how many lack it, then by the target's proficiency. */
  competencies: TeamGapRow[];
  /** Ids of the competencies no member covers at the target's proficiency ("0 of n cover it"). */
  uncovered: string[];
}

export function teamGap(
  graph: CareerGraph,
  members: readonly TeamMember[],
  target: string,
): TeamGapResult {
  const t = requireClass(graph, 'teamGap', target);
  const labels = new Set<string>();
  for (const m of members) {
    requireClass(graph, 'teamGap', m.classId);
    if (!Number.isFinite(m.months) || m.months < 0)
      throw new InvalidOptionError('teamGap', 'months', m.months);
    if (labels.has(m.label)) throw new InvalidOptionError('teamGap', 'label (duplicate)', m.label);
    labels.add(m.label);
  }
  const theirs = members.map((m) => classCompetencies(graph.getNodeAttributes(m.classId)));
  const competencies: TeamGapRow[] = [...classCompetencies(t).values()].map((c) => {
    const cells: TeamCell[] = members.map((m, i) => {
      const has = theirs[i]?.get(c.id);
      const status = gapStatus(has?.proficiency, c.proficiency, has !== undefined);
      return {
        member: m.label,
        status: status === 'shared' ? 'covered' : status === 'to-raise' ? 'to-raise' : 'missing',
        proficiency: has?.proficiency ?? null,
        proficiencyWord: has?.proficiencyWord ?? null,
      };
    });
    const covered = cells.filter((x) => x.status === 'covered').length;
    const toRaise = cells.filter((x) => x.status === 'to-raise').length;
    return {
      id: c.id,
      name: competencyName(c.id),
      target: side(t, c),
      cells,
      covered,
      toRaise,
      missing: cells.length - covered - toRaise,
      summary: `${covered} of ${cells.length} cover it`,
    };
  });
  competencies.sort(
    (a, b) =>
      Number(b.covered === 0) - Number(a.covered === 0) ||
      b.missing + b.toRaise - (a.missing + a.toRaise) ||
      (b.target.proficiency ?? 0) - (a.target.proficiency ?? 0) ||
      a.name.localeCompare(b.name),
  );
  const standings: TeamMemberStanding[] = members.map((m) => {
    const profile = m.profile ?? defaultProfile(graph, m.classId, m.months).profile;
    const { result } = assessEligibility(graph, target, profile, 'teamGap');
    return {
      ...classSummary(graph, m.classId),
      label: m.label,
      months: m.months,
      eligibility: {
        status: result.status,
        monthsNeeded: result.monthsNeeded,
        missingCredentials: result.missingCredentials,
        toConfirm: result.toConfirm,
        route: result.route
          ? { id: result.route.routeId, label: result.route.label, text: result.route.text }
          : null,
        explanation: result.explanation,
      },
    };
  });
  return {
    target: classSummary(graph, target),
    members: standings,
    competencies,
    uncovered: competencies.filter((r) => r.covered === 0).map((r) => r.id),
  };
}
