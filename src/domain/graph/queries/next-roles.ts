// nextRoles(graph, id, { profile, limit }): where a person in a class can go next, ranked, each with
// its reasons (promotion / equivalent experience / shared KSAs with the overlap and competency
// names), the months still needed and the eligibility status with the route and explanation.
// [Reference] ../shared/PRODUCT.md "Who uses it" (employees); issue 3 "Queries".
// NOTE: the next rung of the class's own ladder ranks first (Medical Social Associate → Medical
// Social Consultant), then other promotions, then by a combined score of equivalence and shared-KSA
// weights and eligibility. Rungs at or below the class on its own ladder are never suggested.

import { InvalidOptionError } from '../../errors.ts';
import { routeName, type Evidence, type Profile } from '../../model/index.ts';
import type { CareerGraph } from '../career-graph.ts';
import { classCompetencies } from '../class-competencies.ts';
import { competencyName } from '../competency-name.ts';
import { defaultProfile, type DefaultProfile } from '../default-profile.ts';
import { graphIndex } from '../graph-index.ts';
import { requireClass } from '../require-class.ts';
import { roundScore } from '../round-score.ts';
import {
  assessEligibility,
  clip,
  type EligibilityResult,
  type EligibilityStatus,
} from './eligibility.ts';
import { classSummary, type ClassSummary } from './ladder.ts';

export interface NextRolesOptions {
  /**
   * The person's profile. Default: someone who just meets the class's own minimum (its least
   * education and field, its licences, the experience that route asks: see defaultProfile) with
   * 0 months in it. A given profile that does not list the class gets it added with 0 months.
   */
  profile?: Profile;
  /** Most suggestions returned. Default 10. */
  limit?: number;
}

export type NextRoleReason =
  | {
      kind: 'promotion';
      /** "series order", "promotional line 51", "performing the duties of a X" … */
      basis: string;
      /** True for the next rung of a ladder. */
      ladder: boolean;
      months: number | null;
      evidence: Evidence[];
    }
  | {
      kind: 'equivalence';
      /** The target route this class's experience counts toward. */
      route: { id: string; label: string; text: string };
      months: number | null;
      /** 0..1 match score. */
      score: number;
      basis: string;
      evidence: Evidence[];
    }
  | {
      kind: 'shared-ksa';
      /** 0..1 edge weight (IDF-weighted overlap). */
      weight: number;
      /** Share of the target's competencies the current class also asks for, 0..100. */
      overlapPercent: number;
      competencies: { id: string; name: string }[];
      evidence: Evidence[];
    };

export interface NextRole extends ClassSummary {
  /** 1-based rank. */
  rank: number;
  /** True when this is the next rung of the class's own ladder. */
  nextRung: boolean;
  /** 0..1, the ranking score after the tier (next rung, other promotion, the rest). */
  score: number;
  reasons: NextRoleReason[];
  /** Months of qualifying experience still needed on the closest route (0 when eligible). */
  monthsNeeded: number | null;
  eligibility: {
    status: EligibilityStatus;
    route: { id: string; label: string; text: string } | null;
    explanation: string;
    missingCredentials: string[];
    /** What the route also asks that the rules cannot check, for a person to confirm. */
    toConfirm: string[];
  };
}

export interface NextRolesResult {
  classId: string;
  roles: NextRole[];
  /** How many candidate roles there were before the limit. */
  total: number;
  /**
   * Without a profile: the experience the class's minimum asks, and the class each part is counted
   * in (see defaultProfile); null when a profile was given.
   */
  assumed: { classId: string; title: string; months: number }[] | null;
}

interface Draft {
  id: string;
  tier: number;
  reasons: NextRoleReason[];
  base: number;
}

export function nextRoles(
  graph: CareerGraph,
  id: string,
  options: NextRolesOptions = {},
): NextRolesResult {
  const cls = requireClass(graph, 'nextRoles', id);
  const limit = options.limit ?? 10;
  if (!Number.isInteger(limit) || limit < 0)
    throw new InvalidOptionError('nextRoles', 'limit', limit);
  let minimum: DefaultProfile | null = null;
  let given = options.profile;
  if (given === undefined) {
    minimum = defaultProfile(graph, id);
    given = minimum.profile;
  }
  const profile = withClass(given, id);

  const l = graphIndex(graph).ladderOf.get(id);
  const myRung = l?.rung.get(id) ?? 1;
  const drafts = new Map<string, Draft>();
  const draft = (target: string): Draft | null => {
    if (target === id) return null;
    if (l && l.rung.has(target) && (l.rung.get(target) ?? 0) <= myRung) return null;
    let d = drafts.get(target);
    if (!d) drafts.set(target, (d = { id: target, tier: 2, reasons: [], base: 0 }));
    return d;
  };

  graph.forEachOutEdge(id, (_key, edge, _s, target) => {
    const d = draft(target);
    if (!d) return;
    if (edge.kind === 'promotion') {
      const nextRung = edge.ladder === true && l !== undefined && l.rung.get(target) === myRung + 1;
      d.tier = Math.min(d.tier, nextRung ? 0 : 1);
      d.reasons.push({
        kind: 'promotion',
        basis: edge.basis,
        ladder: edge.ladder === true,
        months: edge.months,
        evidence: edge.evidence,
      });
    } else if (edge.kind === 'equivalence') {
      const route = graph
        .getNodeAttributes(target)
        .qualifications.routes.find((r) => r.id === edge.route);
      d.reasons.push({
        kind: 'equivalence',
        route: {
          id: edge.route ?? '',
          label: route?.label ?? edge.route ?? '',
          text: route?.text ?? '',
        },
        months: edge.months,
        score: edge.weight,
        basis: edge.basis,
        evidence: edge.evidence,
      });
    }
  });
  const mine = classCompetencies(cls);
  graph.forEachUndirectedEdge(id, (_key, edge, source, target) => {
    if (edge.kind !== 'shared-ksa') return;
    const other = source === id ? target : source;
    const d = draft(other);
    if (!d) return;
    const theirs = classCompetencies(graph.getNodeAttributes(other));
    const shared = edge.competencies ?? [...theirs.keys()].filter((c) => mine.has(c));
    d.reasons.push({
      kind: 'shared-ksa',
      weight: edge.weight,
      overlapPercent:
        theirs.size > 0
          ? Math.round((100 * shared.filter((c) => theirs.has(c)).length) / theirs.size)
          : 0,
      competencies: shared.map((c) => ({ id: c, name: competencyName(c) })),
      evidence: edge.evidence,
    });
  });

  const order = { promotion: 0, equivalence: 1, 'shared-ksa': 2 } as const;
  for (const d of drafts.values()) d.reasons.sort((a, b) => order[a.kind] - order[b.kind]);

  // Base score: noisy-or of the reasons (promotion 0.9, equivalence score × 0.8, shared-KSA × 0.6).
  for (const d of drafts.values()) {
    let miss = 1;
    for (const r of d.reasons) {
      const s =
        r.kind === 'promotion' ? 0.9 : r.kind === 'equivalence' ? 0.8 * r.score : 0.6 * r.weight;
      miss *= 1 - s;
    }
    d.base = 1 - miss;
  }
  const ordered = [...drafts.values()].sort(byTierScore(graph));
  // Eligibility is the costly part: assess the strongest candidates only, then rank them again.
  const assessed = ordered.slice(0, limit + 5).map((d) => {
    const { result, candidate } = assessEligibility(graph, d.id, profile, 'nextRoles', id);
    let status = result.status;
    let explanation = result.explanation;
    if (status === 'after-months' && result.route) {
      const route = graph
        .getNodeAttributes(d.id)
        .qualifications.routes.find((r) => r.id === result.route?.routeId);
      const short =
        route?.experience.find((e) => e.kind === result.route?.missing.months?.kind) ??
        route?.experience[0];
      if (short && !candidate.qualifies(id, short)) {
        const r = result.route;
        status = 'unreachable';
        explanation = `Route ${routeName(r.label, r.routeId)} asks for ${r.missing.months?.short ?? short.months} more months of ${clip(short.kind, 120)}; work as a ${cls.title} does not count toward it.`;
      }
    }
    const bonus = status === 'eligible' ? 0.3 : status === 'after-months' ? 0.15 : 0;
    return { d, result, status, explanation, score: Math.min(1, d.base * 0.8 + bonus) };
  });
  assessed.sort(
    (a, b) => a.d.tier - b.d.tier || b.score - a.score || byTitle(graph, a.d.id, b.d.id),
  );
  const roles: NextRole[] = assessed
    .slice(0, limit)
    .map((a, i) => toRole(graph, a.d, a.result, a.status, a.explanation, a.score, i + 1));
  const assumed =
    minimum?.held.map((e) => ({ ...e, title: graph.getNodeAttribute(e.classId, 'title') })) ?? null;
  return { classId: id, roles, total: drafts.size, assumed };
}

function toRole(
  graph: CareerGraph,
  d: Draft,
  result: EligibilityResult,
  status: EligibilityStatus,
  explanation: string,
  score: number,
  rank: number,
): NextRole {
  const route = result.route;
  return {
    ...classSummary(graph, d.id),
    rank,
    nextRung: d.tier === 0,
    score: roundScore(score),
    reasons: d.reasons,
    monthsNeeded: result.monthsNeeded,
    eligibility: {
      status,
      route: route ? { id: route.routeId, label: route.label, text: route.text } : null,
      explanation,
      missingCredentials: result.missingCredentials,
      toConfirm: result.toConfirm,
    },
  };
}

function byTierScore(graph: CareerGraph) {
  return (a: Draft, b: Draft): number =>
    a.tier - b.tier || b.base - a.base || byTitle(graph, a.id, b.id);
}

function byTitle(graph: CareerGraph, a: string, b: string): number {
  const ta = graph.getNodeAttribute(a, 'title');
  const tb = graph.getNodeAttribute(b, 'title');
  return ta < tb ? -1 : ta > tb ? 1 : a < b ? -1 : a > b ? 1 : 0;
}

function withClass(profile: Profile, id: string): Profile {
  if (profile.experience.some((e) => e.classId === id)) return profile;
  return { ...profile, experience: [...profile.experience, { classId: id, months: 0 }] };
}
