// Where the prebuilt search index of a graph document lives: beside it, same name, `.search.json`.
// [Reference] the ingest CLI writes it; the app's Vite plugin serves it.

/** NOTE: "data/build/graph.json" → "data/build/graph.search.json"; "x/corpus" → "x/corpus.search.json". */
export function searchIndexFile(graphFile: string): string {
  return graphFile.endsWith('.json') ? `${graphFile.slice(0, -'.json'.length)}.search.json` : `${graphFile}.search.json`;
}
