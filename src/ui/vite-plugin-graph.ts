// Vite plugin: serves the chosen graph document at ./graph.json, the same document packed for the
// explorer at ./graph.packed.json and its search index at ./search-index.json in dev and preview,
// and emits all three into dist at build. Each document's lines are served at ./sources/<key>.json
// (from the graph document when it carries them, else read the way the ingest reads them; only
// files the graph document lists) and emitted at build.
// The graph is data/build/graph.json (written by `npm run ingest`) unless RUNGS_GRAPH names another
// file, e.g. `RUNGS_GRAPH=/tmp/corpus.json npm start`. The index and the packed document are read
// from beside the graph (`<name>.search.json`, `<name>.packed.json`, written by ingest) when at
// least as new, else built here once.

import { closeSync, createReadStream, existsSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dirname, isAbsolute, resolve } from 'node:path';
import type { Connect, Plugin } from 'vite';
import { readDocument } from '../cli/read-document.ts';
import { PACKED_FORMAT, PACKED_VERSION, packedGraphFile, packForExplorer } from '../domain/graph/pack-graph-document.ts';
import { buildSearchIndex, searchIndexFile } from '../domain/search/index.ts';
import type { GraphDocument } from '../domain/model/index.ts';
import { sourceKey, type SourceText } from './lib/source-key.ts';

export const GRAPH_URL = 'graph.json';
export const PACKED_GRAPH_URL = 'graph.packed.json';
export const SEARCH_INDEX_URL = 'search-index.json';
export const SOURCES_DIR = 'sources';
export const DEFAULT_GRAPH_FILE = 'data/build/graph.json';

/** The graph document the app will show: RUNGS_GRAPH, else data/build/graph.json (from cwd). */
export function resolveGraphFile(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.RUNGS_GRAPH?.trim() || DEFAULT_GRAPH_FILE);
}

/** Whether the file's first bytes are `opening`. */
function startsWith(file: string, opening: string): boolean {
  const expected = Buffer.from(opening);
  const head = Buffer.alloc(expected.length);
  const fd = openSync(file, 'r');
  try {
    return readSync(fd, head, 0, head.length, 0) === head.length && head.equals(expected);
  } finally {
    closeSync(fd);
  }
}

interface Cached {
  mtimeMs: number;
  json: string;
}

/** What to send: a file on disk, or JSON built here. */
type Found = { file: string } | { json: string };

export function graphDocumentPlugin(graphFile: string = resolveGraphFile()): Plugin {
  const built = new Map<string, Cached>();
  let parsed: { mtimeMs: number; doc: GraphDocument } | null = null;

  function graphDocument(): GraphDocument {
    const mtimeMs = statSync(graphFile).mtimeMs;
    if (!parsed || parsed.mtimeMs !== mtimeMs) parsed = { mtimeMs, doc: JSON.parse(readFileSync(graphFile, 'utf8')) as GraphDocument };
    return parsed.doc;
  }

  /**
   * The file beside the graph when it is at least as new (and, when `opening` is given, begins
   * with it), else `build()` of the graph, kept until the graph changes.
   */
  function besideOrBuilt(beside: string, build: (doc: GraphDocument) => unknown, opening?: string): Found {
    const graphTime = statSync(graphFile).mtimeMs;
    if (existsSync(beside) && statSync(beside).mtimeMs >= graphTime && (!opening || startsWith(beside, opening))) return { file: beside };
    const hit = built.get(beside);
    if (hit && hit.mtimeMs === graphTime) return { json: hit.json };
    const json = JSON.stringify(build(graphDocument()));
    built.set(beside, { mtimeMs: graphTime, json });
    return { json };
  }

  const searchIndex = () => besideOrBuilt(searchIndexFile(graphFile), buildSearchIndex);
  // NOTE: a packed file of another format version (from an older ingest) is packed again here.
  const packed = () => besideOrBuilt(packedGraphFile(graphFile), packForExplorer, JSON.stringify({ format: PACKED_FORMAT, version: PACKED_VERSION }).slice(0, -1));
  const contents = (found: Found): string | Buffer => ('file' in found ? readFileSync(found.file) : found.json);

  /** Streams a file, or sends a string, as JSON. */
  function send(res: ServerResponse, found: Found): void {
    if ('file' in found) {
      res.setHeader('Content-Length', String(statSync(found.file).size));
      createReadStream(found.file).pipe(res);
    } else {
      res.setHeader('Content-Length', String(Buffer.byteLength(found.json)));
      res.end(found.json);
    }
  }

  /** Every document the graph lists, by key: the only files this plugin will serve. */
  function sourceFiles(): Map<string, string> {
    return new Map((graphDocument().documents ?? []).map((d) => [sourceKey(d.file), d.file]));
  }

  /** A document's lines: from the graph document when it carries them, else read as the ingest reads them; relative names resolve from cwd, then from the graph's folder. */
  async function sourceText(file: string): Promise<SourceText> {
    const inGraph = graphDocument().documents?.find((d) => d.file === file)?.lines;
    if (inGraph) return { file, lines: inGraph };
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
    const isPacked = path.endsWith(`/${PACKED_GRAPH_URL}`);
    const isIndex = path.endsWith(`/${SEARCH_INDEX_URL}`);
    const source = /\/sources\/([^/]+)\.json$/.exec(path)?.[1];
    if (!isGraph && !isPacked && !isIndex && !source) return next();
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
    try {
      send(res, isGraph ? { file: graphFile } : isPacked ? packed() : searchIndex());
    } catch (error) {
      res.statusCode = 500;
      res.end(JSON.stringify({ error: `Could not ${isPacked ? 'pack' : 'index'} ${graphFile}: ${String(error)}` }));
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
      this.emitFile({ type: 'asset', fileName: PACKED_GRAPH_URL, source: contents(packed()) });
      this.emitFile({ type: 'asset', fileName: SEARCH_INDEX_URL, source: contents(searchIndex()) });
      for (const [key, file] of sourceFiles()) {
        this.emitFile({ type: 'asset', fileName: `${SOURCES_DIR}/${key}.json`, source: JSON.stringify(await sourceText(file)) });
      }
    },
  };
}
