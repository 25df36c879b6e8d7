// A profile seen from one target class: the `Candidate` the eligibility core assesses, deciding
// which of the profile's months of experience count toward each of the target's requirements, so
// that eligibility and the graph's edges agree.
// [Reference] ../shared/PRODUCT.md "Minimum qualifications as rules"; qualifications/assess-qualifications.ts.
// NOTE: months in class C count toward a requirement of target T when C is T itself; or a clause of
// the requirement names C ("performing the duties of a C"), or names a rung of C's ladder at or
// below C for "comparable to the X level" or "performing the duties of an X" (Assistant Supervisor
// work counts as "comparable to the Medical Social Consultant level"); or an equivalence edge C → T exists for that route; or C's own
// work scores at the match threshold for the kind the requirement asks, times how much of the
// requirement's specific terms C's work names (see specific-terms.ts; unless the requirement
// names classes the graph has: then only those count); or C is a lower rung of T's own ladder and
// the requirement asks for no supervision C's work does not show.

import type { Candidate, QualifyingMonths } from '../qualifications/assess-qualifications.ts';
import { scoreExperienceKind } from '../qualifications/experience-kinds.ts';
import type {
  ClassReference,
  ExperienceRequirement,
  JobClass,
  Profile,
  QualificationRoute,
} from '../model/index.ts';
import type { CareerGraph } from './career-graph.ts';
import { equivalenceKey, graphIndex } from './graph-index.ts';
import { namesLineOfWork } from './line-of-work.ts';
import { resolveClassReferenceOnce } from './resolve-class-reference.ts';
import {
  EXPERIENCE_MATCH_THRESHOLD,
  requirementKindWeights,
  scoreClassKind,
  type ExperienceScorer,
} from './score-experience-match.ts';
import { specificFactor, specificMatch, specificTermsOf, workTerms } from './specific-terms.ts';

export interface GraphCandidate extends Candidate {
  profile: Profile;
  /** Whether months in `classId` count toward the requirement (of the target class). */
  qualifies(classId: string, requirement: ExperienceRequirement): boolean;
  /** The target route holding the requirement (matched by identity, then by text). */
  routeOf(requirement: ExperienceRequirement): QualificationRoute | null;
}

export interface BuildCandidateOptions {
  /** Experience-kind scorer. Default: the vocabulary's `scoreExperienceKind`. */
  scorer?: ExperienceScorer;
}

const kindScores = new WeakMap<JobClass, Map<string, number>>();

/** Experience kinds that ask for supervision: a lower rung's work meets them only if it shows it. */
const SUPERVISORY_KINDS: ReadonlySet<string> = new Set([
  'supervisory-management',
  'supervisory-social-work',
]);

export function buildCandidate(
  graph: CareerGraph,
  targetId: string,
  profile: Profile,
  options: BuildCandidateOptions = {},
): GraphCandidate {
  const target = graph.getNodeAttributes(targetId);
  const index = graphIndex(graph);
  const scorer = options.scorer ?? scoreExperienceKind;

  const routeOf = (req: ExperienceRequirement): QualificationRoute | null => {
    const routes = target.qualifications.routes;
    return (
      routes.find((r) => r.experience.includes(req)) ??
      routes.find((r) => r.experience.some((e) => e.text === req.text && e.kind === req.kind)) ??
      routes.find((r) =>
        r.experience.some((e) => e.including.some((inc) => inc.kind === req.kind)),
      ) ??
      null
    );
  };

  const refsOf = (req: ExperienceRequirement): ClassReference[] => [
    ...req.classRefs,
    ...req.including.flatMap((inc) => inc.classRefs),
  ];

  const resolve = (ref: ClassReference): JobClass[] =>
    resolveClassReferenceOnce(index.classes, ref, target);

  const kindScore = (cls: JobClass, kindId: string): number => {
    if (scorer !== scoreExperienceKind) return scoreClassKind(cls, kindId, scorer);
    let perClass = kindScores.get(cls);
    if (!perClass) kindScores.set(cls, (perClass = new Map()));
    let s = perClass.get(kindId);
    if (s === undefined) {
      s = scoreClassKind(cls, kindId, scorer);
      perClass.set(kindId, s);
    }
    return s;
  };

  const qualifies = (heldId: string, req: ExperienceRequirement): boolean => {
    if (heldId === targetId) return true;
    if (!graph.hasNode(heldId)) return false;
    const held = graph.getNodeAttributes(heldId);
    const heldLadder = index.ladderOf.get(heldId);
    for (const ref of refsOf(req)) {
      for (const { id: namedId } of resolve(ref)) {
        if (namedId === heldId) return true;
        // "Comparable to the X level" and "performing the duties of an X" are met at X's rung of
        // its ladder or above: an Equipment Materiel Manager III does the duties of a II.
        if (
          ref.kind !== 'in-class' &&
          heldLadder &&
          heldLadder === index.ladderOf.get(namedId)
        ) {
          if ((heldLadder.rung.get(heldId) ?? 0) >= (heldLadder.rung.get(namedId) ?? Infinity))
            return true;
        }
      }
    }
    // A requirement naming classes the graph has is met by those classes only.
    if (req.classRefs.some((ref) => resolve(ref).length > 0)) return false;
    if (namesLineOfWork(req.kind, held.title)) return true;
    const route = routeOf(req);
    if (route && index.equivalences.has(equivalenceKey(heldId, targetId, route.id))) return true;
    // The held class's work must also name what the requirement asks for beyond its kind.
    let factor: number | null = null;
    for (const [kindId, weight] of requirementKindWeights(req, scorer)) {
      const kind = kindScore(held, kindId) * weight;
      if (kind < EXPERIENCE_MATCH_THRESHOLD) continue;
      factor ??= specificFactor(
        specificMatch(
          req.specific ?? specificTermsOf(req.kind, index.termTable()),
          (term) => workTerms(held).has(term),
          graph.order,
        ),
      );
      if (kind * factor >= EXPERIENCE_MATCH_THRESHOLD) return true;
    }
    // A lower rung of the target's own ladder does the work its requirements describe ("experience
    // in the practice of law" of a Counsel I, for Counsel II), unless they ask for supervision its
    // own work does not show.
    const targetLadder = index.ladderOf.get(targetId);
    if (
      targetLadder &&
      targetLadder === heldLadder &&
      (heldLadder.rung.get(heldId) ?? 0) < (heldLadder.rung.get(targetId) ?? 0)
    ) {
      return req.kindIds.every(
        (kindId) =>
          !SUPERVISORY_KINDS.has(kindId) || kindScore(held, kindId) >= EXPERIENCE_MATCH_THRESHOLD,
      );
    }
    return false;
  };

  const monthsFor = (req: ExperienceRequirement): QualifyingMonths => {
    const perClass = new Map<string, number>();
    for (const { classId, months } of profile.experience) {
      if (months > 0 && qualifies(classId, req))
        perClass.set(classId, (perClass.get(classId) ?? 0) + months);
    }
    const from = [...perClass].map(([classId, months]) => ({ classId, months }));
    return { months: from.reduce((sum, f) => sum + f.months, 0), from };
  };

  return {
    profile,
    education: profile.education,
    credits: profile.credits,
    licenses: profile.licenses,
    monthsFor,
    qualifies,
    routeOf,
  };
}
