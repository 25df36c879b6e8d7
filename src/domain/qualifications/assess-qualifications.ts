// A candidate's standing against a class's qualification routes: met by which route, or what is
// missing on the closest one. Pure: the graph decides which months of experience count.
// [Reference] ../shared/PRODUCT.md, "Minimum qualifications as rules".

import type {
  EducationLevel,
  EducationRequirement,
  ExperienceRequirement,
  LicenseRequirement,
  Profile,
  QualificationRoute,
  Qualifications,
  Substitution,
} from '../model/index.ts';
import { educationRank } from '../model/index.ts';
import { matchExperienceKinds } from './experience-kinds.ts';
import { fieldMatches } from './field-matches.ts';
import { matchesLicense } from './matches-license.ts';

export { fieldMatches } from './field-matches.ts';
export { matchesLicense } from './matches-license.ts';

export interface QualifyingMonths {
  months: number;
  /** Which held classes the months came from. */
  from: { classId: string; months: number }[];
}

export interface Candidate {
  education: Profile['education'];
  credits: Profile['credits'];
  licenses: string[];
  /** Months of the candidate's experience that count toward one experience requirement. */
  monthsFor(requirement: ExperienceRequirement): QualifyingMonths;
}

export interface RouteAssessment {
  routeId: string;
  label: string;
  text: string;
  met: boolean;
  /**
   * An equivalent-combination route, or one holding only requirements the rules cannot check:
   * never met automatically, it needs a person's review.
   */
  needsReview: boolean;
  missing: {
    education: { needed: EducationLevel; field: string | null; has: EducationLevel } | null;
    months: { needed: number; has: number; short: number; kind: string } | null;
    licenses: string[];
  };
  /** Substitutions applied on this route ("30 credits toward an MSW count for 12 months"). */
  substitutionsUsed: { text: string; months: number }[];
  /** Months of experience counted, and from which classes. */
  counted: QualifyingMonths;
  /**
   * Requirements of the route the rules cannot check (`route.other`): a person confirms them, and
   * the route is never met automatically while it has any.
   */
  unchecked?: string[];
}

export interface QualificationAssessment {
  eligible: boolean;
  /** The route met (first by document order), else the closest route, else null (no routes). */
  route: RouteAssessment | null;
  routes: RouteAssessment[];
  /**
   * Special-requirement licences (a driver's licence "required at time of appointment") the
   * candidate does not hold: listed, but they do not decide eligibility.
   */
  specialLicensesMissing?: string[];
}

// Years of schooling above high school each level stands for, for year-for-year substitutions.
const COLLEGE_YEARS: Record<EducationLevel, number> = {
  none: -4,
  high_school: 0,
  associate: 2,
  bachelor: 4,
  master: 6,
  doctorate: 9,
};

function appliesTo(sub: Substitution, route: QualificationRoute): boolean {
  return sub.routeIds === undefined || sub.routeIds.includes(route.id);
}

function levelAtLeast(has: EducationLevel, needed: EducationLevel | null): boolean {
  return needed === null || educationRank(has) >= educationRank(needed);
}

/** Months the candidate's credits or degree count for under the route's experience substitutions. */
function substitutedMonths(
  subs: Substitution[],
  route: QualificationRoute,
  candidate: Candidate,
): { text: string; months: number }[] {
  const used: { text: string; months: number }[] = [];
  const routeLevel = route.education?.level ?? null;
  for (const s of subs) {
    if (!appliesTo(s, route) || s.replaces !== 'experience' || s.equivalentCombination || s.months === null) continue;
    const { credits, level, field } = s.requires;
    if (credits !== null) {
      // NOTE: "30 credits towards a Master's Degree in Social Work" counts for the months it states
      // when the candidate has earned that many credits toward that level in that field, or holds
      // the degree itself: 30 MSW credits → 12 months.
      const earned = candidate.credits.some(
        (c) => c.credits >= credits && levelAtLeast(c.toward, level) && fieldMatches(c.field, field),
      );
      const holds = level !== null && levelAtLeast(candidate.education.level, level) && fieldMatches(candidate.education.field, field);
      if (earned || holds) used.push({ text: s.text, months: s.months });
      continue;
    }
    if (level !== null) {
      // A degree beyond what the route asks for stands in for months of experience; the degree the
      // route already requires does not count twice.
      if (routeLevel !== null && educationRank(level) <= educationRank(routeLevel)) continue;
      if (levelAtLeast(candidate.education.level, level) && fieldMatches(candidate.education.field, field)) {
        used.push({ text: s.text, months: s.months });
      }
    }
  }
  // One substitution per route, the largest: specs rarely let them add up ("Only one substitution may be applied").
  used.sort((a, b) => b.months - a.months);
  return used.slice(0, 1);
}

/** The credentials the education and licence checks read: a `Candidate`'s, or a `Profile`'s. */
export type HeldCredentials = Pick<Candidate, 'education' | 'licenses'>;

/** Whether one of the licences held satisfies the requirement. */
export function licenseMet(held: readonly string[], requirement: LicenseRequirement): boolean {
  return held.some((l) => matchesLicense(l, requirement));
}

/**
 * Whether the degree held meets the route's education (level and field), or a licence held is one
 * the route accepts in its place. NOTE: year-for-year substitution of experience for education is
 * not checked here (it needs the months counted): assessQualifications applies it on top.
 */
export function educationMet(held: HeldCredentials, education: EducationRequirement): boolean {
  const levelOk = levelAtLeast(held.education.level, education.level);
  const fieldOk = fieldMatches(held.education.field, education.field, education.fieldDefinition);
  return (
    (levelOk && fieldOk) ||
    education.alternatives.some((a) => licenseMet(held.licenses, { name: a, text: a, anyOf: [a] }))
  );
}

function includingRequirement(inc: ExperienceRequirement['including'][number]): ExperienceRequirement {
  return { months: inc.months, kind: inc.kind, kindIds: matchExperienceKinds(inc.kind), classRefs: inc.classRefs, including: [], text: inc.kind, specific: inc.specific };
}

/**
 * Whether only a person can assess the route: an equivalent combination, or one holding nothing the
 * rules can check besides requirements they cannot ("Experience and education which provide ability
 * to perform successfully…"). A route holding both is assessed on what can be checked, and is never
 * met until the rest is confirmed.
 */
export function routeNeedsReview(route: QualificationRoute): boolean {
  const checkable = route.experience.length > 0 || route.education !== null || route.licenses.length > 0;
  return route.equivalentCombination || ((route.other?.length ?? 0) > 0 && !checkable);
}

function assessRoute(route: QualificationRoute, q: Qualifications, candidate: Candidate): RouteAssessment {
  const unchecked = route.other ?? [];
  const needsReview = routeNeedsReview(route);
  // Experience.
  let needed = 0;
  let has = 0;
  let short = 0;
  const kinds: string[] = [];
  const from = new Map<string, number>();
  // Months short in each pooled list of the route: only its own conversion rows make them up.
  const poolShort = new Map<string, number>();
  for (const req of route.experience) {
    const counted = candidate.monthsFor(req);
    needed += req.months;
    has += Math.min(counted.months, req.months);
    // Each requirement a class counts toward reports the months held in it: counted once.
    for (const f of counted.from) from.set(f.classId, Math.max(from.get(f.classId) ?? 0, f.months));
    let reqShort = Math.max(0, req.months - counted.months);
    for (const inc of req.including) {
      const incCounted = candidate.monthsFor(includingRequirement(inc));
      reqShort = Math.max(reqShort, inc.months - incCounted.months);
    }
    if (reqShort > 0) kinds.push(req.kind);
    short += reqShort;
    if (req.pool !== undefined) poolShort.set(req.pool, (poolShort.get(req.pool) ?? 0) + reqShort);
  }
  const substitutionsUsed: RouteAssessment['substitutionsUsed'] = [];
  for (const [pool, months] of poolShort) {
    if (months === 0) continue;
    const row = substitutedMonths(q.substitutions.filter((s) => s.pool === pool), route, candidate)[0];
    if (row !== undefined) substitutionsUsed.push({ text: row.text, months: Math.min(row.months, months) });
  }
  const pooledUsed = substitutionsUsed.reduce((sum, s) => sum + s.months, 0);
  if (route.experience.length > 0 && short - pooledUsed > 0) {
    substitutionsUsed.push(...substitutedMonths(q.substitutions.filter((s) => s.pool === undefined), route, candidate));
  }
  const substituted = substitutionsUsed.reduce((sum, s) => sum + s.months, 0);
  short = Math.max(0, short - substituted);
  has = Math.min(needed, has + substituted);

  // Education.
  let educationMissing: RouteAssessment['missing']['education'] = null;
  const edu = route.education;
  if (edu !== null) {
    let ok = educationMet(candidate, edu);
    if (!ok && !levelAtLeast(candidate.education.level, edu.level)) {
      // "Additional qualifying experience may be substituted for the required education on a
      // year-for-year basis": each missing year of college is a year of experience beyond the route's.
      const yearForYear = q.substitutions.find((s) => appliesTo(s, route) && s.replaces === 'education' && s.yearForYear === true);
      if (yearForYear !== undefined && edu.field === null) {
        const missingYears = COLLEGE_YEARS[edu.level] - Math.max(0, COLLEGE_YEARS[candidate.education.level]);
        const extra = Math.max(0, missingYears) * 12;
        const allCounted = route.experience.reduce((sum, r) => sum + candidate.monthsFor(r).months, 0);
        if (route.experience.length > 0 && allCounted - needed >= extra && short === 0) {
          ok = true;
          substitutionsUsed.push({ text: yearForYear.text, months: extra });
        }
      }
    }
    if (!ok) educationMissing = { needed: edu.level, field: edu.field, has: candidate.education.level };
  }

  // Licences.
  const missingLicenses = route.licenses
    .filter((req) => !licenseMet(candidate.licenses, req))
    .map((req) => req.name);

  const monthsMissing = short > 0 ? { needed, has, short, kind: kinds.join('; ') } : null;
  const met =
    !needsReview && unchecked.length === 0 && educationMissing === null && monthsMissing === null && missingLicenses.length === 0;
  const assessment: RouteAssessment = {
    routeId: route.id,
    label: route.label,
    text: route.text,
    met,
    needsReview,
    missing: { education: educationMissing, months: monthsMissing, licenses: missingLicenses },
    substitutionsUsed,
    counted: { months: has, from: [...from].map(([classId, months]) => ({ classId, months })) },
  };
  if (route.other !== undefined && route.other.length > 0) assessment.unchecked = route.other;
  return assessment;
}

// NOTE: a missing credential (degree or licence) weighs more than any number of months: a person
// 30 months short on one route is closer than one who lacks the master's degree of another.
function distance(a: RouteAssessment): number {
  const credentials =
    (a.missing.education === null ? 0 : 1) + a.missing.licenses.length + (a.unchecked?.length ?? 0);
  return credentials * 10_000 + (a.missing.months?.short ?? 0);
}

export interface AssessOptions {
  /**
   * Whether the person can gain the route's experience where they work now ("from here"): the
   * closest route is then one they can, when one misses no more credentials.
   */
  canFill?: (route: QualificationRoute) => boolean;
}

/**
 * The candidate's standing against every route: eligible by the first route met in document order,
 * or the closest route with exactly what is missing. Routes only a person can assess (see
 * `routeNeedsReview`) are never met automatically and are the closest route only when no other
 * route exists.
 */
export function assessQualifications(
  qualifications: Qualifications,
  candidate: Candidate,
  options: AssessOptions = {},
): QualificationAssessment {
  const routes = qualifications.routes.map((r) => assessRoute(r, qualifications, candidate));
  const met = routes.find((r) => r.met);
  let route: RouteAssessment | null = met ?? null;
  if (route === null) {
    const { canFill } = options;
    // A route whose missing months the person cannot gain where they are comes after every one
    // they can, among routes missing as many credentials.
    const checkable = routes.some((r) => !r.needsReview);
    let best = Infinity;
    routes.forEach((r, i) => {
      if (checkable && r.needsReview) return;
      const away = canFill && r.missing.months !== null && !canFill(qualifications.routes[i] as QualificationRoute);
      const key = distance(r) + (away ? 5_000 : 0);
      if (key < best) [route, best] = [r, key];
    });
  }
  const result: QualificationAssessment = { eligible: met !== undefined, route, routes };
  const special = (qualifications.specialLicenses ?? [])
    .filter((req) => !licenseMet(candidate.licenses, req))
    .map((req) => req.name);
  if (special.length > 0) result.specialLicensesMissing = special;
  return result;
}
