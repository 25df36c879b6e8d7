// Vite plugin: serves the chosen graph document at ./graph.json and its search index at
// ./search-index.json in dev and preview, and emits both into dist at build. Source documents whose
// text the graph document does not carry are served at ./sources/<key>.json (read the way the
// ingest reads them; only files the graph document lists) and emitted at build.
// The graph is data/build/graph.json (written by `npm run ingest`) unless RUNGS_GRAPH names another
// file, e.g. `RUNGS_GRAPH=/tmp/corpus.json npm start`. The index is read from beside the graph
// (`<name>.search.json`, written by ingest) when it is at least as new, else built here once.

import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dirname, isAbsolute, resolve } from 'node:path';
import type { Connect, Plugin } from 'vite';
import { readDocument } from '../cli/read-document.ts';
import { buildSearchIndex, searchIndexFile } from '../domain/search/index.ts';
import type { GraphDocument } from '../domain/model/index.ts';
import { sourceKey, type SourceText } from './lib/source-key.ts';

export const GRAPH_URL = 'graph.json';
export const SEARCH_INDEX_URL = 'search-index.json';
export const SOURCES_DIR = 'sources';
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
  let parsed: { mtimeMs: number; doc: GraphDocument } | null = null;

  function graphDocument(): GraphDocument {
    const mtimeMs = statSync(graphFile).mtimeMs;
    if (!parsed || parsed.mtimeMs !== mtimeMs) parsed = { mtimeMs, doc: JSON.parse(readFileSync(graphFile, 'utf8')) as GraphDocument };
    return parsed.doc;
  }

  function searchIndexJson(): string {
    const graphTime = statSync(graphFile).mtimeMs;
    const beside = searchIndexFile(graphFile);
    if (existsSync(beside) && statSync(beside).mtimeMs >= graphTime) return readFileSync(beside, 'utf8');
    if (cached && cached.mtimeMs === graphTime) return cached.json;
    cached = { mtimeMs: graphTime, json: JSON.stringify(buildSearchIndex(graphDocument())) };
    return cached.json;
  }

  /** The documents without their text in the graph, by key: the only files this plugin will read. */
  function sourceFiles(): Map<string, string> {
    const files = new Map<string, string>();
    for (const d of graphDocument().documents ?? []) if (!d.lines) files.set(sourceKey(d.file), d.file);
    return files;
  }

  /** A document's lines, read as the ingest reads them; relative names resolve from cwd, then from the graph's folder. */
  async function sourceText(file: string): Promise<SourceText> {
    const candidates = isAbsolute(file) ? [file] : [resolve(file), resolve(dirname(graphFile), file)];
    const path = candidates.find((p) => existsSync(p));
    if (!path) return { file, lines: null, reason: `${file} is not on this machine.` };
    const read = await readDocument(path, { name: file });
    return read.lines ? { file, lines: read.lines } : { file, lines: null, reason: read.diagnostics[0]?.message ?? `${file} could not be read.` };
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
    const source = /\/sources\/([^/]+)\.json$/.exec(path)?.[1];
    if (!isGraph && !isIndex && !source) return next();
    if (!existsSync(graphFile)) return missing(res);
    if (source) {
      const file = sourceFiles().get(decodeURIComponent(source));
      res.setHeader('Content-Type', 'application/json; charset=utf-8');
      if (!file) {
        res.end(JSON.stringify({ file: source, lines: null, reason: 'The graph document lists no such source.' } satisfies SourceText));
        return;
      }
      void sourceText(file).then((body) => res.end(JSON.stringify(body)));
      return;
    }
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
    async generateBundle() {
      if (!existsSync(graphFile)) {
        this.warn(`No graph document at ${graphFile}: the built app will say so. Run \`npm run ingest\` first.`);
        return;
      }
      this.emitFile({ type: 'asset', fileName: GRAPH_URL, source: readFileSync(graphFile) });
      this.emitFile({ type: 'asset', fileName: SEARCH_INDEX_URL, source: searchIndexJson() });
      for (const [key, file] of sourceFiles()) {
        this.emitFile({ type: 'asset', fileName: `${SOURCES_DIR}/${key}.json`, source: JSON.stringify(await sourceText(file)) });
      }
    },
  };
}
