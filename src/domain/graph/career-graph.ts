// The career graph's type: job classes as nodes, promotion / equivalence / shared-KSA edges.
// [Reference] ../shared/PRODUCT.md "The graph"; graphology-types (Graph<N, E, G>).
// NOTE: one `mixed` multi graph. Promotion and equivalence edges are directed (source → target);
// a shared-KSA edge is stored ONCE as an undirected edge (source < target by id), so
// `graph.forEachOutEdge(id)` sees promotion + equivalence and `graph.forEachUndirectedEdge(id)`
// sees shared-KSA. Several edges may join one pair (Case Manager II → Intensive Case Manager:
// one equivalence edge per route, keys "equivalence:<a>-><b>#A" and "…#B").

import type Graph from 'graphology';
import type { Diagnostic } from '../diagnostics.ts';
import type { CareerEdge, JobClass, Jurisdiction, SourceDocument } from '../model/index.ts';

/** Node attributes: the job class itself (a mapped alias, so it satisfies graphology's `Attributes`). */
export type JobClassAttributes = { [K in keyof JobClass]: JobClass[K] };

/** Edge attributes: the graph document's edge, unchanged. */
export type CareerEdgeAttributes = { [K in keyof CareerEdge]: CareerEdge[K] };

/** Graph attributes: what the graph document holds besides classes and edges. */
export interface CareerGraphAttributes {
  [key: string]: unknown;
  schemaVersion: number;
  generatedAt: string;
  jurisdictions: Jurisdiction[];
  diagnostics: Diagnostic[];
  documents: SourceDocument[];
}

export type CareerGraph = Graph<JobClassAttributes, CareerEdgeAttributes, CareerGraphAttributes>;

/** The key an edge is stored under: stable across builds, readable in a URL. */
export function edgeKey(edge: Pick<CareerEdge, 'kind' | 'source' | 'target' | 'route'>): string {
  const arrow = edge.kind === 'shared-ksa' ? '--' : '->';
  const route = edge.route !== undefined ? `#${edge.route}` : '';
  return `${edge.kind}:${edge.source}${arrow}${edge.target}${route}`;
}
