// Experience-equivalence edges A → B: the work of class A shows the kind of experience one of B's
// qualification routes asks for, in any jurisdiction. One edge per (A, B, route), carrying the route,
// its months, the match score and evidence from both specs.
// [Reference] ../shared/PRODUCT.md "experience-equivalence"; issue 3 "Edges".
// NOTE: Case Manager II → Intensive Case Manager gives two edges, route A (24 months, master's) and
// route B (48 months, bachelor's), because both routes ask for "direct services to mentally
// disabled clients". Classes a clause names outright get a promotion edge instead.

import type { CareerEdge, ExperienceRequirement, JobClass } from '../model/index.ts';
import { EXPERIENCE_KINDS, scoreExperienceKind } from '../qualifications/experience-kinds.ts';
import { compareIds, type ClassIndex } from './build-class-index.ts';
import { resolveClassReference } from './resolve-class-reference.ts';
import {
  EXPERIENCE_MATCH_THRESHOLD,
  requirementKindWeights,
  scoreExperienceKindMatch,
  type ExperienceMatch,
  type ExperienceScorer,
} from './score-experience-match.ts';

export interface EquivalenceEdgeOptions {
  /** Experience-kind scorer. Default: the vocabulary's `scoreExperienceKind`. */
  scorer?: ExperienceScorer;
  /** Lowest match score that makes an edge. Default `EXPERIENCE_MATCH_THRESHOLD` (0.5). */
  threshold?: number;
  /** At most this many source classes per target route, strongest first. Default 40. */
  maxSourcesPerRoute?: number;
}

export function buildEquivalenceEdges(
  classes: readonly JobClass[],
  index: ClassIndex,
  options: EquivalenceEdgeOptions = {},
): CareerEdge[] {
  const scorer = options.scorer ?? scoreExperienceKind;
  const threshold = options.threshold ?? EXPERIENCE_MATCH_THRESHOLD;
  const cap = options.maxSourcesPerRoute ?? 40;

  // Per experience kind, every class that shows it at or above the threshold (computed once).
  const byKind = new Map<string, { source: JobClass; match: ExperienceMatch }[]>();
  const classesShowing = (kindId: string): { source: JobClass; match: ExperienceMatch }[] => {
    let list = byKind.get(kindId);
    if (!list) {
      list = [];
      for (const source of classes) {
        const match = scoreExperienceKindMatch(source, kindId, scorer);
        if (match && match.score >= threshold) list.push({ source, match });
      }
      byKind.set(kindId, list);
    }
    return list;
  };

  const edges: CareerEdge[] = [];
  for (const target of classes) {
    for (const route of target.qualifications.routes) {
      if (route.equivalentCombination) continue;
      // The best requirement of this route for each source class.
      const best = new Map<string, { source: JobClass; match: ExperienceMatch; exp: ExperienceRequirement }>();
      for (const exp of route.experience) {
        if (exp.kindIds.length === 0 || exp.months <= 0) continue;
        const named = new Set(
          [...exp.classRefs, ...exp.including.flatMap((inc) => inc.classRefs)].flatMap((ref) =>
            resolveClassReference(index, ref, target).map((c) => c.id),
          ),
        );
        for (const [kindId, weight] of requirementKindWeights(exp, scorer)) {
          if (weight < threshold) continue;
          for (const shown of classesShowing(kindId)) {
            const { source } = shown;
            if (source.id === target.id || named.has(source.id)) continue;
            const score = Math.round(shown.match.score * weight * 1000) / 1000;
            if (score < threshold) continue;
            const prev = best.get(source.id);
            if (!prev || score > prev.match.score) best.set(source.id, { source, match: { ...shown.match, score }, exp });
          }
        }
      }
      const kept = [...best.values()]
        .sort((a, b) => b.match.score - a.match.score || compareIds(a.source.id, b.source.id))
        .slice(0, cap);
      for (const { source, match, exp } of kept) {
        edges.push({
          source: source.id,
          target: target.id,
          kind: 'equivalence',
          weight: match.score,
          months: exp.months,
          route: route.id,
          basis: `counts toward route ${route.label || route.id}: ${kindLabel(match.kindId)}`,
          evidence: [
            { classId: target.id, text: exp.text, file: target.source.file, line: route.line },
            { classId: source.id, text: match.text, file: source.source.file, line: match.line },
          ],
        });
      }
    }
  }
  return edges.sort(
    (a, b) =>
      compareIds(a.source, b.source) || compareIds(a.target, b.target) || compareIds(a.route ?? '', b.route ?? ''),
  );
}

function kindLabel(kindId: string): string {
  return EXPERIENCE_KINDS.find((k) => k.id === kindId)?.label ?? kindId;
}
