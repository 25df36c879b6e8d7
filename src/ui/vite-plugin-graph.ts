// Vite plugin: serves the chosen graph document at ./graph.json and its search index at
// ./search-index.json in dev and preview, and emits both into dist at build.
// The graph is data/build/graph.json (written by `npm run ingest`) unless RUNGS_GRAPH names another
// file, e.g. `RUNGS_GRAPH=/tmp/corpus.json npm start`. The index is read from beside the graph
// (`<name>.search.json`, written by ingest) when it is at least as new, else built here once.

import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import type { Connect, Plugin } from 'vite';
import { buildSearchIndex, searchIndexFile } from '../domain/search/index.ts';
import type { GraphDocument } from '../domain/model/index.ts';

export const GRAPH_URL = 'graph.json';
export const SEARCH_INDEX_URL = 'search-index.json';
export const DEFAULT_GRAPH_FILE = 'data/build/graph.json';

/** The graph document the app will show: RUNGS_GRAPH, else data/build/graph.json (from cwd). */
export function resolveGraphFile(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.RUNGS_GRAPH?.trim() || DEFAULT_GRAPH_FILE);
}

interface CachedIndex {
  mtimeMs: number;
  json: string;
}

export function graphDocumentPlugin(graphFile: string = resolveGraphFile()): Plugin {
  let cached: CachedIndex | null = null;

  function searchIndexJson(): string {
    const graphTime = statSync(graphFile).mtimeMs;
    const beside = searchIndexFile(graphFile);
    if (existsSync(beside) && statSync(beside).mtimeMs >= graphTime) return readFileSync(beside, 'utf8');
    if (cached && cached.mtimeMs === graphTime) return cached.json;
    const doc = JSON.parse(readFileSync(graphFile, 'utf8')) as GraphDocument;
    cached = { mtimeMs: graphTime, json: JSON.stringify(buildSearchIndex(doc)) };
    return cached.json;
  }

  function missing(res: ServerResponse): void {
    res.statusCode = 404;
    res.setHeader('Content-Type', 'text/plain; charset=utf-8');
    res.end(`No graph document at ${graphFile}. Run \`npm run ingest\`, or set RUNGS_GRAPH to a graph document.`);
  }

  const middleware: Connect.NextHandleFunction = (req: IncomingMessage, res: ServerResponse, next) => {
    const path = (req.url ?? '').split('?')[0] ?? '';
    const isGraph = path.endsWith(`/${GRAPH_URL}`);
    const isIndex = path.endsWith(`/${SEARCH_INDEX_URL}`);
    if (!isGraph && !isIndex) return next();
    if (!existsSync(graphFile)) return missing(res);
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.setHeader('Cache-Control', 'no-cache');
    if (isGraph) {
      res.setHeader('Content-Length', String(statSync(graphFile).size));
      createReadStream(graphFile).pipe(res);
      return;
    }
    try {
      const json = searchIndexJson();
      res.setHeader('Content-Length', String(Buffer.byteLength(json)));
      res.end(json);
    } catch (error) {
      res.statusCode = 500;
      res.end(JSON.stringify({ error: `Could not index ${graphFile}: ${String(error)}` }));
    }
  };

  return {
    name: 'rungs-graph-document',
    configureServer(server) {
      server.middlewares.use(middleware);
    },
    configurePreviewServer(server) {
      server.middlewares.use(middleware);
    },
    generateBundle() {
      if (!existsSync(graphFile)) {
        this.warn(`No graph document at ${graphFile}: the built app will say so. Run \`npm run ingest\` first.`);
        return;
      }
      this.emitFile({ type: 'asset', fileName: GRAPH_URL, source: readFileSync(graphFile) });
      this.emitFile({ type: 'asset', fileName: SEARCH_INDEX_URL, source: searchIndexJson() });
    },
  };
}
