// Graph document → typed graphology graph (`CareerGraph`): one node per job class, its edges as
// stored (or rebuilt from the classes on request), the rest of the document as graph attributes.
// [Reference] ../shared/PRODUCT.md "The graph" and "Data contract"; career-graph.ts for the layout.

import Graph from 'graphology';
import { InvalidDocumentError } from '../errors.ts';
import type { CareerEdge, GraphDocument } from '../model/index.ts';
import { buildEdges, type BuildEdgesOptions } from './build-edges.ts';
import { edgeKey, type CareerGraph } from './career-graph.ts';

export interface BuildCareerGraphOptions {
  /**
   * Ignore the document's edges and compute them from its classes with `buildEdges` (the rebuilt
   * edges' diagnostics are added to the graph's). Default false: the document's edges are used.
   */
  rebuildEdges?: boolean | BuildEdgesOptions;
}

export function buildCareerGraph(
  doc: GraphDocument,
  options: BuildCareerGraphOptions = {},
): CareerGraph {
  let edges: CareerEdge[] = doc.edges;
  let diagnostics = doc.diagnostics;
  if (options.rebuildEdges) {
    const built = buildEdges(
      doc.classes,
      options.rebuildEdges === true ? {} : options.rebuildEdges,
    );
    edges = built.edges;
    diagnostics = [
      ...doc.diagnostics.filter((d) => d.code !== 'unresolved-class-reference'),
      ...built.diagnostics,
    ];
  }
  const graph: CareerGraph = new Graph({ type: 'mixed', multi: true, allowSelfLoops: false });
  graph.replaceAttributes({
    schemaVersion: doc.schemaVersion,
    generatedAt: doc.generatedAt,
    jurisdictions: doc.jurisdictions,
    diagnostics,
    documents: doc.documents,
  });
  for (const cls of doc.classes) {
    if (graph.hasNode(cls.id)) {
      throw new InvalidDocumentError('buildCareerGraph', `class id "${cls.id}" appears twice`);
    }
    graph.addNode(cls.id, cls);
  }
  // NOTE: graphology checks both ends and the key as it adds an edge: they are looked up again
  // only when it refuses one (an unknown class is an error, a repeated edge is skipped).
  for (const edge of edges) {
    if (edge.source === edge.target) {
      requireEnds(graph, edge);
      continue;
    }
    const key = edgeKey(edge);
    try {
      if (edge.kind === 'shared-ksa')
        graph.addUndirectedEdgeWithKey(key, edge.source, edge.target, edge);
      else graph.addDirectedEdgeWithKey(key, edge.source, edge.target, edge);
    } catch (error) {
      requireEnds(graph, edge);
      if (graph.hasEdge(key)) continue;
      throw error;
    }
  }
  return graph;
}

function requireEnds(graph: CareerGraph, edge: CareerEdge): void {
  for (const end of [edge.source, edge.target]) {
    if (!graph.hasNode(end)) {
      throw new InvalidDocumentError(
        'buildCareerGraph',
        `an edge names the unknown class "${end}"`,
      );
    }
  }
}
