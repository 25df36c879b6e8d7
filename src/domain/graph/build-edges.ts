// All career edges of a set of job classes: promotion, experience-equivalence and shared-KSA, with
// the diagnostics of qualification clauses naming classes that do not exist.
// [Reference] ../shared/PRODUCT.md "The graph"; issue 3 "Edges". The ingest step calls this to fill
// the graph document's `edges`.

import type { Diagnostic } from '../diagnostics.ts';
import type { CareerEdge, EdgeKind, JobClass } from '../model/index.ts';
import { buildClassIndex } from './build-class-index.ts';
import { buildEquivalenceEdges, type EquivalenceEdgeOptions } from './build-equivalence-edges.ts';
import { buildPromotionEdges, type ReferenceCounts } from './build-promotion-edges.ts';
import { buildSharedKsaEdges, type SharedKsaEdgeOptions } from './build-shared-ksa-edges.ts';
import type { ClassKindTable } from './score-experience-match.ts';

export interface BuildEdgesOptions {
  /** Options of the experience-equivalence rule (scorer, threshold, cap). Defaults: see there. */
  equivalence?: EquivalenceEdgeOptions;
  /** Options of the shared-KSA rule (neighbours, threshold, specificity). Defaults: see there. */
  sharedKsa?: SharedKsaEdgeOptions;
}

export interface BuildEdgesStats {
  edges: Record<EdgeKind, number>;
  /** Class references in qualification clauses, resolved to a class of the same jurisdiction or not. */
  references: ReferenceCounts;
  /** The same per jurisdiction ("calhr": how many "performing the duties of" clauses resolved). */
  referencesByJurisdiction: Record<string, ReferenceCounts>;
  /** Classes that no edge touches. */
  isolatedClasses: number;
  /** Milliseconds per rule. */
  timings: Record<EdgeKind, number>;
}

export interface BuildEdgesResult {
  edges: CareerEdge[];
  diagnostics: Diagnostic[];
  stats: BuildEdgesStats;
}

export function buildEdges(
  classes: readonly JobClass[],
  options: BuildEdgesOptions = {},
): BuildEdgesResult {
  return beginEdges(classes, options).finish();
}

/** The edges of a `beginEdges`: promotion and shared-KSA built, experience-equivalence to come. */
export interface EdgesBegun {
  /**
   * Builds the experience-equivalence edges and returns them all. `kindTable` is
   * `classKindTable(classes)` when it was worked out elsewhere (see build-equivalence-edges.ts).
   */
  finish(kindTable?: ClassKindTable): BuildEdgesResult;
}

/**
 * `buildEdges` in two steps, so that the table equivalence edges read can be worked out elsewhere
 * (another thread) while the promotion and shared-KSA edges are built: the same edges, in the same
 * order, as `buildEdges`.
 */
export function beginEdges(
  classes: readonly JobClass[],
  options: BuildEdgesOptions = {},
): EdgesBegun {
  const index = buildClassIndex(classes);
  const t0 = now();
  const promotion = buildPromotionEdges(classes, index);
  const t1 = now();
  const shared = buildSharedKsaEdges(classes, options.sharedKsa);
  const t2 = now();
  return {
    finish(kindTable) {
      const t3 = now();
      const equivalence = buildEquivalenceEdges(classes, index, {
        ...options.equivalence,
        ...(kindTable ? { kindTable } : {}),
      });
      const t4 = now();
      const edges = [...promotion.edges, ...equivalence, ...shared];
      const touched = new Set<string>();
      for (const e of edges) {
        touched.add(e.source);
        touched.add(e.target);
      }
      return {
        edges,
        diagnostics: promotion.diagnostics,
        stats: {
          edges: {
            promotion: promotion.edges.length,
            equivalence: equivalence.length,
            'shared-ksa': shared.length,
          },
          references: promotion.references,
          referencesByJurisdiction: promotion.referencesByJurisdiction,
          isolatedClasses: classes.filter((c) => !touched.has(c.id)).length,
          timings: { promotion: t1 - t0, equivalence: t4 - t3, 'shared-ksa': t2 - t1 },
        },
      };
    },
  };
}

function now(): number {
  return globalThis.performance?.now() ?? Date.now();
}
