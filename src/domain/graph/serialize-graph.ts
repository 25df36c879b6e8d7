// Career graph → graph document (the JSON the ingest step writes and the app loads), so a graph
// built or filtered in memory can be saved and reloaded unchanged.
// [Reference] ../shared/PRODUCT.md "Data contract"; load-graph-document.ts reads it back.

import type { GraphDocument } from '../model/index.ts';
import type { CareerGraph } from './career-graph.ts';

export function serializeGraph(graph: CareerGraph): GraphDocument {
  const attrs = graph.getAttributes();
  return {
    schemaVersion: attrs.schemaVersion,
    generatedAt: attrs.generatedAt,
    jurisdictions: attrs.jurisdictions,
    classes: graph.mapNodes((_id, cls) => cls),
    edges: graph.mapEdges((_key, edge) => edge),
    diagnostics: attrs.diagnostics,
    documents: attrs.documents,
  };
}
