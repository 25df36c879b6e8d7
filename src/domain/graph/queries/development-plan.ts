// developmentPlan(graph, from, to, { profile, start }): a counselor's plan along the quickest path
// (or an alternative) — each step's KSAs to develop (gap), its qualification milestones with the
// dates they are reached from the client's profile and a start date, and the evidence behind each.
// [Reference] ../shared/PRODUCT.md "Who uses it" (career counselors); issue 5 "Development plan".
// NOTE: the plan walks the path month by month: a step takes the months its edge asks (path), then,
// if the client's projected profile still lacks months on the target's closest route, the months
// that route still asks (Assistant → Associate: 12 months; without a licence, Associate → Consultant
// takes the 24 more months of social work route B asks). Degrees and licences are listed, undated:
// they depend on the client, not on the calendar.

import { InvalidOptionError } from '../../errors.ts';
import { fieldFile, routeName, type Evidence, type Profile } from '../../model/index.ts';
import type { CareerGraph } from '../career-graph.ts';
import { defaultProfile } from '../default-profile.ts';
import { requireClass } from '../require-class.ts';
import {
  assessEligibility,
  credentialsMissing,
  itemsToConfirm,
  type EligibilityResult,
  type EligibilityStatus,
} from './eligibility.ts';
import { gap, type GapRow } from './gap.ts';
import { classSummary, type ClassSummary } from './ladder.ts';
import { path, type PathPlan } from './path.ts';

export interface DevelopmentPlanOptions {
  /** The client's profile. Default: the `from` class's own minimum with no months (buildDefaultProfile). */
  profile?: Profile;
  /** The day the plan starts, "YYYY-MM-DD" (UTC). Required: dates must not depend on the clock. */
  start: string;
  /** 0 for the quickest path, n for the n-th alternative `path` offers. Default 0. */
  alternative?: number;
}

/**
 * 'confirm': something the target's route asks that the rules cannot check ("United States
 * citizenship"), for a person to confirm.
 */
export type PlanMilestoneKind =
  'experience' | 'credential' | 'confirm' | 'qualifies' | 'alternative';

export interface PlanMilestone {
  kind: PlanMilestoneKind;
  text: string;
  /** Months after the start when it is reached; null when it depends on the client (a degree, a licence). */
  month: number | null;
  /** "YYYY-MM-DD", or null with `month`. */
  date: string | null;
  evidence: Evidence[];
}

export interface PlanStep {
  /** 1-based. */
  index: number;
  from: ClassSummary;
  to: ClassSummary;
  kind: 'promotion' | 'equivalence';
  basis: string;
  /** Months the path's edge asks for this step (before the profile's months are taken off). */
  pathMonths: number;
  /** Months this step takes in the plan: the path's months still needed, plus any the target's route still asks. */
  months: number;
  startMonth: number;
  endMonth: number;
  startDate: string;
  endDate: string;
  /** The client's standing for the step's target at `endDate`, from the projected profile. */
  eligibility: {
    status: EligibilityStatus;
    route: { id: string; label: string; text: string } | null;
    /** Months still short at `endDate` (0 unless the months that count cannot be earned in the current class). */
    monthsNeeded: number | null;
    missingCredentials: string[];
    /** What the route also asks that the rules cannot check, for a person to confirm. */
    toConfirm: string[];
    explanation: string;
  };
  /** Competencies to develop for the step's target: to raise, then new (the gap query's order). */
  develop: { toRaise: GapRow[]; new: GapRow[] };
  milestones: PlanMilestone[];
  /** The edge's sentences and the target route's text. */
  evidence: Evidence[];
}

export interface DevelopmentPlan {
  from: ClassSummary;
  to: ClassSummary;
  found: boolean;
  start: string;
  /** True when no profile was given and the `from` class's minimum was assumed. */
  profileAssumed: boolean;
  profile: Profile;
  /** Which path: 0 quickest, n the n-th alternative. */
  alternative: number;
  /** How many alternatives `path` offered. */
  alternatives: number;
  /** Months the path alone asks, given the profile. */
  pathMonths: number;
  /** Months the whole plan takes, to the last step's end. */
  totalMonths: number;
  end: string;
  steps: PlanStep[];
  /** Degrees and licences the plan needs that the profile lacks, each with the first step that needs it. */
  credentials: { text: string; step: number; neededBy: string }[];
}

const MAX_EXTENSIONS = 3;

export function developmentPlan(
  graph: CareerGraph,
  from: string,
  to: string,
  options: DevelopmentPlanOptions,
): DevelopmentPlan {
  requireClass(graph, 'developmentPlan', from);
  requireClass(graph, 'developmentPlan', to);
  const start = options.start;
  if (!isIsoDate(start)) throw new InvalidOptionError('developmentPlan', 'start', start);
  const which = options.alternative ?? 0;
  if (!Number.isInteger(which) || which < 0)
    throw new InvalidOptionError('developmentPlan', 'alternative', which);

  const profile = options.profile ?? defaultProfile(graph, from).profile;
  const result = path(graph, from, to, { profile, alternatives: Math.max(2, which) });
  const chosen: PathPlan | undefined = which === 0 ? result : result.alternatives[which - 1];
  if (chosen === undefined && result.found)
    throw new InvalidOptionError('developmentPlan', 'alternative', which);

  const held = new Map<string, number>();
  for (const e of profile.experience) held.set(e.classId, (held.get(e.classId) ?? 0) + e.months);
  if (!held.has(from)) held.set(from, 0);
  const projected = (): Profile => ({
    ...profile,
    experience: [...held].map(([classId, months]) => ({ classId, months })),
  });

  const steps: PlanStep[] = [];
  const credentials: DevelopmentPlan['credentials'] = [];
  let cursor = 0;
  for (const [i, step] of (result.found && chosen ? chosen.steps : []).entries()) {
    const source = step.from.classId;
    const target = step.to.classId;
    const startMonth = cursor;
    const milestones: PlanMilestone[] = [];
    const stay = (months: number): void => {
      held.set(source, (held.get(source) ?? 0) + months);
      cursor += months;
    };

    const atStart = assessEligibility(graph, target, projected(), 'developmentPlan').result;
    // NOTE: the step still takes the months the path counts (the explorer's path planner shows the
    // same), but a client who already meets a route of the target is told so: Consultant →
    // Assistant Supervisor with an LSW: "already meets route A" at the step's start, then 24 months.
    if (atStart.status === 'eligible' && step.monthsNeeded > 0) {
      milestones.push({
        kind: 'qualifies',
        text: `Already meets route ${routeOf(atStart)} for ${step.to.title} when this step starts; the path counts ${monthsText(step.monthsNeeded)} here (${step.basis})`,
        month: startMonth,
        date: addMonthsIso(start, startMonth),
        evidence: routeEvidence(atStart),
      });
    }
    stay(step.monthsNeeded);
    if (step.monthsNeeded > 0) {
      milestones.push({
        kind: 'experience',
        text: `${monthsText(held.get(source) ?? 0)} as ${step.from.title} (${step.basis})`,
        month: cursor,
        date: addMonthsIso(start, cursor),
        evidence: step.evidence,
      });
    }

    const initial = assessEligibility(graph, target, projected(), 'developmentPlan').result;
    let standing = initial;
    for (let n = 0; n < MAX_EXTENSIONS; n++) {
      const short = standing.monthsNeeded ?? 0;
      if (standing.status === 'eligible' || standing.status === 'unreachable' || short <= 0) break;
      stay(short);
      const next = assessEligibility(graph, target, projected(), 'developmentPlan').result;
      milestones.push({
        kind: 'experience',
        text: `${moreMonths(short)} of ${standing.route?.missing.months?.kind || 'qualifying experience'}, as ${step.from.title} (route ${routeOf(standing)})`,
        month: cursor,
        date: addMonthsIso(start, cursor),
        evidence: routeEvidence(standing),
      });
      const progressed = (next.monthsNeeded ?? 0) < short;
      standing = next;
      if (!progressed) break;
    }

    const neededBy = addMonthsIso(start, cursor);
    for (const c of standing.missingCredentials) {
      milestones.push({
        kind: 'credential',
        text: credentialText(c),
        month: null,
        date: null,
        evidence: routeEvidence(standing),
      });
      if (!credentials.some((x) => x.text === c))
        credentials.push({ text: c, step: i + 1, neededBy });
    }
    for (const c of standing.toConfirm) {
      milestones.push({
        kind: 'confirm',
        text: `Confirm with the employer: ${c}`,
        month: null,
        date: null,
        evidence: routeEvidence(standing),
      });
    }
    milestones.push(qualifiesMilestone(graph, step.to.title, standing, cursor, start));
    const alternative =
      cursor > startMonth + step.monthsNeeded
        ? alternativeRoute(graph, initial, startMonth + step.monthsNeeded, start)
        : null;
    if (alternative) milestones.push(alternative);

    const g = gap(graph, source, target);
    steps.push({
      index: i + 1,
      from: step.from,
      to: step.to,
      kind: step.kind,
      basis: step.basis,
      pathMonths: step.months,
      months: cursor - startMonth,
      startMonth,
      endMonth: cursor,
      startDate: addMonthsIso(start, startMonth),
      endDate: neededBy,
      eligibility: {
        status: standing.status,
        route: standing.route
          ? { id: standing.route.routeId, label: standing.route.label, text: standing.route.text }
          : null,
        monthsNeeded: standing.monthsNeeded,
        missingCredentials: standing.missingCredentials,
        toConfirm: standing.toConfirm,
        explanation: standing.explanation,
      },
      develop: { toRaise: g.toRaise, new: g.new },
      milestones,
      evidence: [...step.evidence, ...routeEvidence(standing)],
    });
    if (!held.has(target)) held.set(target, 0);
  }

  return {
    from: classSummary(graph, from),
    to: classSummary(graph, to),
    found: result.found,
    start,
    profileAssumed: options.profile === undefined,
    profile,
    alternative: which,
    alternatives: result.alternatives.length,
    pathMonths: result.found && chosen ? chosen.totalMonths : 0,
    totalMonths: cursor,
    end: addMonthsIso(start, cursor),
    steps,
    credentials,
  };
}

function qualifiesMilestone(
  graph: CareerGraph,
  title: string,
  e: EligibilityResult,
  month: number,
  start: string,
): PlanMilestone {
  const evidence = routeEvidence(e);
  const date = addMonthsIso(start, month);
  switch (e.status) {
    case 'eligible':
      return {
        kind: 'qualifies',
        text: `Meets route ${routeOf(e)} for ${title}`,
        month,
        date,
        evidence,
      };
    case 'missing-credential':
      return {
        kind: 'qualifies',
        text: `Meets route ${routeOf(e)} for ${title} once ${
          e.missingCredentials.length > 0
            ? `${e.missingCredentials.map(credentialText).join(' and ')} ${e.missingCredentials.length > 1 ? 'are' : 'is'} held`
            : 'a person confirms what the rules cannot check'
        }${e.monthsNeeded ? `, after ${moreMonths(e.monthsNeeded)} of qualifying experience` : ''}`,
        month: e.monthsNeeded ? null : month,
        date: e.monthsNeeded ? null : date,
        evidence,
      };
    case 'after-months':
      return {
        kind: 'qualifies',
        text: `Meets route ${routeOf(e)} for ${title} after ${moreMonths(e.monthsNeeded ?? 0)} of experience the current class does not give`,
        month: null,
        date: null,
        evidence,
      };
    case 'unreachable':
      return {
        kind: 'qualifies',
        text: `${title}: ${e.explanation}`,
        month: null,
        date: null,
        evidence,
      };
  }
}

/** A route that needs no more months than the step's own, when the chosen one waits on experience. */
function alternativeRoute(
  graph: CareerGraph,
  e: EligibilityResult,
  month: number,
  start: string,
): PlanMilestone | null {
  if (e.status === 'eligible' || !e.route) return null;
  const chosen = e.route.routeId;
  const quicker = e.routes.find(
    (r) => r.routeId !== chosen && !r.needsReview && r.missing.months === null,
  );
  if (!quicker || e.route.missing.months === null) return null;
  const needs = credentialsMissing(quicker);
  const confirm = itemsToConfirm(quicker);
  const cls = graph.getNodeAttributes(e.classId);
  const def = cls.qualifications.routes.find((r) => r.id === quicker.routeId);
  return {
    kind: 'alternative',
    text: `Or route ${routeName(quicker.label, quicker.routeId)} for ${cls.title} without the extra months${needs.length > 0 ? `, with ${needs.map(credentialText).join(' and ')}` : ''}${confirm.length > 0 ? ` (to confirm: ${confirm.join('; ')})` : ''}`,
    month,
    date: addMonthsIso(start, month),
    evidence: def
      ? [
          {
            classId: cls.id,
            text: def.text,
            file: fieldFile(cls, 'qualifications'),
            line: def.line,
          },
        ]
      : [],
  };
}

function routeEvidence(e: EligibilityResult): Evidence[] {
  if (!e.route || !e.routeSource) return [];
  return [
    { classId: e.classId, text: e.route.text, file: e.routeSource.file, line: e.routeSource.line },
  ];
}

/** The route an answer goes by, by its short name ("A"), or "" when it names none. */
function routeOf(e: EligibilityResult): string {
  return e.route ? routeName(e.route.label, e.route.routeId) : '';
}

/** NOTE: "Master's degree in social work" → "a Master's degree in social work"; a licence keeps its bare name. */
function credentialText(c: string): string {
  if (/^(a|an|the)\s/i.test(c) || !/degree|doctorate|diploma|school|college/i.test(c)) return c;
  return /^[aeiou]/i.test(c) ? `an ${c}` : `a ${c}`;
}

/** "1 more month", "24 more months". */
function moreMonths(months: number): string {
  return months === 1 ? '1 more month' : `${months} more months`;
}

/** NOTE: 12 → "12 months"; 1 → "1 month". */
function monthsText(months: number): string {
  return months === 1 ? '1 month' : `${months} months`;
}

export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/**
 * The day `months` after an ISO date, the same day of the month clamped to the month's end.
 * NOTE: ("2026-01-31", 1) → "2026-02-28"; ("2026-03-15", 12) → "2027-03-15".
 */
export function addMonthsIso(start: string, months: number): string {
  const [y = 1970, m = 1, d = 1] = start.split('-').map(Number);
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return first.toISOString().slice(0, 10);
}
