// eligibility(graph, id, profile): does a person qualify for a class now, by which route (quoted),
// or — on the closest route — exactly what is missing: education level/field, months of the kind
// asked (counting months in every class whose work qualifies, and substitutions), licences.
// [Reference] ../shared/PRODUCT.md "Minimum qualifications as rules"; issue 3 "Queries".
// NOTE: status is 'eligible' (a route is met), 'after-months' (the closest route lacks only months),
// 'missing-credential' (every checkable route lacks a degree or licence) or 'unreachable' (the spec
// states no route the rules can check). A bachelor's with no experience against Client Assistance
// Specialist → 'after-months', monthsNeeded 12.

import { ClassNotFoundError } from '../../errors.ts';
import {
  educationText,
  fieldFile,
  foldSpaces,
  routeName,
  type Profile,
} from '../../model/index.ts';
import {
  assessQualifications,
  type QualificationAssessment,
  type RouteAssessment,
} from '../../qualifications/assess-qualifications.ts';
import { buildCandidate, type GraphCandidate } from '../build-candidate.ts';

/** Whether only a person can assess a route (the fourth state's "needs review" cause). */
export { routeNeedsReview } from '../../qualifications/assess-qualifications.ts';
import type { CareerGraph } from '../career-graph.ts';
import { requireClass } from '../require-class.ts';

export type EligibilityStatus = 'eligible' | 'after-months' | 'missing-credential' | 'unreachable';

export interface EligibilityResult {
  classId: string;
  title: string;
  status: EligibilityStatus;
  eligible: boolean;
  /** The route met, else the closest route (the one status and explanation describe), else null. */
  route: RouteAssessment | null;
  /** Where that route's text is in the spec. */
  routeSource: { file: string; line: number | null } | null;
  /** Every route, as the eligibility core assessed it, in document order. */
  routes: RouteAssessment[];
  /** Months still short on `route`: 0 when eligible, null when there is no route. */
  monthsNeeded: number | null;
  /** Degrees and licences `route` still asks for, as readable phrases. */
  missingCredentials: string[];
  /**
   * What `route` also asks that the rules cannot check ("United States citizenship"), for a person
   * to confirm; empty when the route needs a person's review as a whole (status 'unreachable').
   */
  toConfirm: string[];
  /** Months counted on `route`, per class held. */
  countedFrom: { classId: string; title: string; months: number }[];
  /** One or two sentences for a person. */
  explanation: string;
}

/** The eligibility of a profile for a class; `fn` names the calling query in errors. */
export function eligibility(graph: CareerGraph, id: string, profile: Profile): EligibilityResult {
  return assessEligibility(graph, id, profile, 'eligibility').result;
}

/**
 * @internal the same, also returning the candidate (nextRoles and teamGap reuse it). With `from`
 * (the class the person works in), the closest route is one whose experience work in `from` counts
 * toward, when there is one missing no more credentials.
 */
export function assessEligibility(
  graph: CareerGraph,
  id: string,
  profile: Profile,
  fn: string,
  from?: string,
): { result: EligibilityResult; candidate: GraphCandidate; assessment: QualificationAssessment } {
  const cls = requireClass(graph, fn, id);
  for (const held of profile.experience) {
    if (!graph.hasNode(held.classId)) throw new ClassNotFoundError(fn, held.classId);
  }
  const candidate = buildCandidate(graph, id, profile);
  const assessment = assessQualifications(cls.qualifications, candidate, {
    canFill:
      from === undefined
        ? undefined
        : (route) => route.experience.every((req) => candidate.qualifies(from, req)),
  });
  const status = statusOf(assessment);
  const route = assessment.route;
  const missingCredentials = route ? credentialsMissing(route) : [];
  const toConfirm = route ? itemsToConfirm(route) : [];
  const monthsNeeded = route === null ? null : route.met ? 0 : (route.missing.months?.short ?? 0);
  const routeDef = route
    ? cls.qualifications.routes.find((r) => r.id === route.routeId)
    : undefined;
  const countedFrom = (route?.counted.from ?? []).map((f) => ({
    classId: f.classId,
    title: graph.getNodeAttribute(f.classId, 'title'),
    months: f.months,
  }));
  const result: EligibilityResult = {
    classId: id,
    title: cls.title,
    status,
    eligible: status === 'eligible',
    route,
    routeSource: routeDef ? { file: fieldFile(cls, 'qualifications'), line: routeDef.line } : null,
    routes: assessment.routes,
    monthsNeeded,
    missingCredentials,
    toConfirm,
    countedFrom,
    explanation: explain(
      status,
      route,
      missingCredentials,
      toConfirm,
      countedFrom,
      cls.qualifications.routes.length,
    ),
  };
  return { result, candidate, assessment };
}

/**
 * The status of the route `assessQualifications` chose (met, else the closest by its distance()):
 * a route lacking only months is 'after-months'; one lacking a degree or licence,
 * 'missing-credential'; a route that needs review (chosen only when every route does), 'unreachable'.
 */
function statusOf(a: QualificationAssessment): EligibilityStatus {
  const route = a.route;
  if (a.eligible) return 'eligible';
  if (route === null || route.needsReview) return 'unreachable';
  if (route.missing.education !== null || route.missing.licenses.length > 0)
    return 'missing-credential';
  // What the rules cannot check ("United States citizenship") is what is left to meet once the
  // months are.
  return route.missing.months === null && (route.unchecked?.length ?? 0) > 0
    ? 'missing-credential'
    : 'after-months';
}

/** @internal the degrees and licences a route still asks for, as readable phrases. */
export function credentialsMissing(route: RouteAssessment): string[] {
  const out: string[] = [];
  const edu = route.missing.education;
  if (edu) out.push(educationText(edu.needed, edu.field));
  for (const licence of route.missing.licenses) out.push(licence);
  return out;
}

/**
 * @internal what a route asks that the rules cannot check, one phrase each, for a person to
 * confirm; none when the whole route needs review.
 */
export function itemsToConfirm(route: RouteAssessment): string[] {
  if (route.needsReview) return [];
  return (route.unchecked ?? []).map((item) => clip(item.replace(/\.$/, ''), 100));
}

function explain(
  status: EligibilityStatus,
  route: RouteAssessment | null,
  credentials: string[],
  toConfirm: string[],
  counted: { title: string; months: number }[],
  routeCount: number,
): string {
  if (route === null)
    return 'The specification states no minimum qualifications the rules could read.';
  const quoted = `route ${routeName(route.label, route.routeId)} ("${clip(route.text, 160)}")`;
  const from =
    counted.length > 0
      ? ` from ${counted.map((c) => `${c.title} (${c.months})`).join(', ')}`
      : '';
  const subs =
    route.substitutionsUsed.length > 0
      ? ` Substitutions used: ${route.substitutionsUsed.map((s) => `${s.text} (${s.months} months)`).join('; ')}.`
      : '';
  const months = route.missing.months;
  const unchecked =
    toConfirm.length > 0
      ? ` It also asks for what the rules cannot check, for a person to confirm: ${clip(toConfirm.join('; '), 200).replace(/[^.…]$/, '$&.')}`
      : '';
  switch (status) {
    case 'eligible':
      return `Qualifies by ${quoted}.${route.counted.months > 0 ? ` ${route.counted.months} months of experience counted${from}.` : ''}${subs}`;
    case 'after-months':
      return `Qualifies by ${quoted} after ${months?.short ?? 0} more months of ${clip(months?.kind ?? 'experience', 120)} (${months?.has ?? 0} of ${months?.needed ?? 0} counted${from}).${subs}${unchecked}`;
    case 'missing-credential': {
      const needs = [
        ...credentials,
        ...(months ? [`${months.short} more months of ${clip(months.kind, 120)}`] : []),
      ];
      return needs.length > 0
        ? `Closest is ${quoted}: needs ${needs.join('; ')}.${subs}${unchecked}`
        : `Closest is ${quoted}: everything on it the rules can check is met.${subs}${unchecked}`;
    }
    case 'unreachable':
      return routeCount > 0
        ? `Only ${quoted} is stated, which a person must review (an equivalent combination or a requirement the rules cannot check).`
        : 'The specification states no minimum qualifications the rules could read.';
  }
}

/** @internal the text on one line, cut to `max` characters with an ellipsis. */
export function clip(text: string, max: number): string {
  const t = foldSpaces(text);
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}
