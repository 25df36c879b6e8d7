// All career edges of a set of job classes: promotion, experience-equivalence and shared-KSA, with
// the diagnostics of qualification clauses naming classes that do not exist.
// [Reference] ../shared/PRODUCT.md "The graph"; issue 3 "Edges". The ingest step calls this to fill
// the graph document's `edges`.

import type { Diagnostic } from '../diagnostics.ts';
import type { CareerEdge, EdgeKind, JobClass } from '../model/index.ts';
import { buildClassIndex } from './build-class-index.ts';
import {
  equivalenceEdgesOf,
  prepareEquivalence,
  type EquivalenceEdgeOptions,
} from './build-equivalence-edges.ts';
import { buildPromotionEdges, type ReferenceCounts } from './build-promotion-edges.ts';
import {
  prepareSharedKsa,
  sharedKsaEdgesOf,
  sharedKsaNeighbours,
  type SharedKsaEdgeOptions,
  type SharedKsaNeighbours,
  type SharedKsaVectors,
} from './build-shared-ksa-edges.ts';
import type { ClassKindTable } from './score-experience-match.ts';
import type { WorkTermTable } from './specific-terms.ts';

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
  return beginEdges(classes, options).equivalence().finish();
}

/**
 * The edges of a `beginEdges`: promotion edges built, and what the other rules read prepared.
 * Next, `equivalence(kindTable?)`, then `finish(neighbours?)`.
 */
export interface EdgesBegun {
  /** What `sharedKsaNeighbours` reads, for another thread to work out while this one goes on. */
  sharedKsaVectors: SharedKsaVectors;
  /**
   * Builds the experience-equivalence edges. `kindTable` is `classKindTable(classes)` and
   * `termTable` `workTermTable(classes, requirementWordings(classes))` when they were worked out
   * elsewhere (see build-equivalence-edges.ts).
   */
  equivalence(kindTable?: ClassKindTable, termTable?: WorkTermTable): EdgesWithEquivalence;
}

export interface EdgesWithEquivalence {
  /**
   * Builds the shared-KSA edges and returns them all. `neighbours` is
   * `sharedKsaNeighbours(sharedKsaVectors, options.sharedKsa)` when it was worked out elsewhere.
   */
  finish(neighbours?: SharedKsaNeighbours): BuildEdgesResult;
}

/**
 * `buildEdges` in steps, so that the costly searches — the tables equivalence edges
 * read, each class's shared-KSA neighbours — can run on another thread while this one builds the
 * rest: the same edges, in the same order, as `buildEdges`.
 * NOTE: on the corpus, with a worker: the class-kind and work-term tables and then the neighbours
 * (~220 + ~210 + ~70 ms) run there while this thread builds the promotion edges and prepares both
 * rules (~300 ms), then builds the equivalence edges (~300 ms) and, last, the shared-KSA edges from
 * the neighbours (~110 ms).
 */
export function beginEdges(
  classes: readonly JobClass[],
  options: BuildEdgesOptions = {},
): EdgesBegun {
  const index = buildClassIndex(classes);
  const t0 = now();
  const promotion = buildPromotionEdges(classes, index);
  const t1 = now();
  const sharedPrepared = prepareSharedKsa(classes, options.sharedKsa);
  const t2 = now();
  const equivalencePrepared = prepareEquivalence(classes, index, options.equivalence);
  const t3 = now();
  return {
    sharedKsaVectors: sharedPrepared.vectors,
    equivalence(kindTable, termTable) {
      const t4 = now();
      const equivalence = equivalenceEdgesOf(equivalencePrepared, {
        ...options.equivalence,
        ...(kindTable ? { kindTable } : {}),
        ...(termTable ? { termTable } : {}),
      });
      const t5 = now();
      return {
        finish(neighbours) {
          const t6 = now();
          const shared = sharedKsaEdgesOf(
            classes,
            sharedPrepared,
            neighbours ?? sharedKsaNeighbours(sharedPrepared.vectors, options.sharedKsa),
            options.sharedKsa,
          );
          const t7 = now();
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
              timings: {
                promotion: t1 - t0,
                equivalence: t3 - t2 + (t5 - t4),
                'shared-ksa': t2 - t1 + (t7 - t6),
              },
            },
          };
        },
      };
    },
  };
}

function now(): number {
  return globalThis.performance?.now() ?? Date.now();
}
