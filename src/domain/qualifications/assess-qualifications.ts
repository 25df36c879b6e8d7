// A candidate's standing against a class's qualification routes: met by which route, or what is
// missing on the closest one. Pure: the graph decides which months of experience count.
// [Reference] ../shared/PRODUCT.md, "Minimum qualifications as rules".
// STUB: the signature is fixed; the qualifications work fills in the body.

import type {
  EducationLevel,
  ExperienceRequirement,
  Profile,
  Qualifications,
} from '../model/index.ts';

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
  /** An equivalent-combination route: never met automatically, it needs a person's review. */
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
}

export interface QualificationAssessment {
  eligible: boolean;
  /** The route met (first by document order), else the closest route, else null (no routes). */
  route: RouteAssessment | null;
  routes: RouteAssessment[];
}

export function assessQualifications(
  qualifications: Qualifications,
  candidate: Candidate,
): QualificationAssessment {
  void candidate;
  const routes: RouteAssessment[] = qualifications.routes.map((r) => ({
    routeId: r.id,
    label: r.label,
    text: r.text,
    met: false,
    needsReview: r.equivalentCombination,
    missing: { education: null, months: null, licenses: [] },
    substitutionsUsed: [],
    counted: { months: 0, from: [] },
  }));
  return { eligible: false, route: routes[0] ?? null, routes };
}
