// The profile assumed for someone who holds a class when no profile is given: they meet the class's
// own minimum — its least education (with that route's field), its required licences and the
// experience that route asks — and have the stated months in the class itself.
// [Reference] issue 3 "Queries" (nextRoles without a profile; teamGap members given as class + months).
// NOTE: Medical Social Associate, 30 months → bachelor's in "social or behavioral science or related
// health specialty", no licences, experience [{ il-sucss:4260, 30 }, { il-sucss:0264, 12 }]: the
// 12 months its route A asks, taken as months on the rung below (Medical Social Assistant).

import {
  educationRank,
  type ExperienceRequirement,
  type JobClass,
  type Profile,
  type QualificationRoute,
} from '../model/index.ts';
import { buildCandidate } from './build-candidate.ts';
import type { CareerGraph } from './career-graph.ts';
import { graphIndex } from './graph-index.ts';
import { resolveClassReferenceOnce } from './resolve-class-reference.ts';

/**
 * The class's own minimum, from the class alone: its least education and licences, and `months` in
 * it. Without a graph it cannot say where the experience the class asks was earned: see
 * `defaultProfile` for that.
 */
export function buildDefaultProfile(cls: JobClass, months = 0): Profile {
  const route = minimumRoute(cls);
  const education: Profile['education'] = route?.education
    ? { level: route.education.level, field: route.education.field }
    : { level: cls.qualifications.minEducation ?? 'none', field: null };
  return {
    education,
    credits: [],
    experience: [{ classId: cls.id, months }],
    licenses: [...cls.qualifications.licenses],
  };
}

/** Months the minimum route asks, taken as months in a class the graph has. */
export interface AssumedExperience {
  classId: string;
  months: number;
  /** The minimum route's id, and the requirement the months meet. */
  routeId: string;
  requirement: ExperienceRequirement;
}

export interface DefaultProfile {
  profile: Profile;
  /** The experience the class's minimum route asks, and the class each part is counted in. */
  assumed: AssumedExperience[];
  /** Requirements of that route no class of the graph was found to meet: not counted. */
  unplaced: ExperienceRequirement[];
  /** The months `assumed` adds to the profile, one entry per class. */
  held: { classId: string; months: number }[];
}

/**
 * Someone who just meets class `id`'s minimum, with `months` in it: `buildDefaultProfile`, plus the
 * experience the minimum route asks. Each requirement's months are counted in a class whose work
 * meets it: a class the requirement names, else the nearest lower rung of the class's own ladder
 * (where the months were most likely earned). A requirement neither meets is left uncounted.
 * `id` must be a class of the graph.
 */
export function defaultProfile(graph: CareerGraph, id: string, months = 0): DefaultProfile {
  const cls = graph.getNodeAttributes(id);
  const profile = buildDefaultProfile(cls, months);
  const route = minimumRoute(cls);
  const assumed: AssumedExperience[] = [];
  const unplaced: ExperienceRequirement[] = [];
  if (route === null) return { profile, assumed, unplaced, held: [] };
  const index = graphIndex(graph);
  const candidate = buildCandidate(graph, id, profile);
  const ladder = index.ladderOf.get(id);
  const here = ladder?.rung.get(id) ?? 1;
  const below = (ladder?.members ?? [])
    .filter((m) => (ladder?.rung.get(m) ?? Infinity) < here)
    .sort((a, b) => (ladder?.rung.get(b) ?? 0) - (ladder?.rung.get(a) ?? 0));
  for (const requirement of route.experience) {
    if (requirement.months <= 0) continue;
    const named = requirement.classRefs.flatMap((ref) =>
      resolveClassReferenceOnce(index.classes, ref, cls).map((c) => c.id),
    );
    const where = [...named, ...below].find(
      (other) => other !== id && candidate.qualifies(other, requirement),
    );
    if (where === undefined) {
      unplaced.push(requirement);
      continue;
    }
    assumed.push({ classId: where, months: requirement.months, routeId: route.id, requirement });
  }
  const byClass = new Map<string, number>();
  for (const a of assumed) byClass.set(a.classId, (byClass.get(a.classId) ?? 0) + a.months);
  const held = [...byClass].map(([classId, m]) => ({ classId, months: m }));
  profile.experience.push(...held);
  return { profile, assumed, unplaced, held };
}

/**
 * The route someone who just meets the class most likely met: the least education among the routes
 * that state one (the first of equals), else the first route; never an "equivalent combination".
 */
function minimumRoute(cls: JobClass): QualificationRoute | null {
  let chosen: QualificationRoute | null = null;
  let best = Infinity;
  for (const route of cls.qualifications.routes) {
    if (route.equivalentCombination || !route.education) continue;
    const rank = educationRank(route.education.level);
    if (rank < best) {
      best = rank;
      chosen = route;
    }
  }
  return chosen ?? cls.qualifications.routes.find((r) => !r.equivalentCombination) ?? null;
}
