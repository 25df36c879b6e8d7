// The loaded graph: fetches the graph document packed for the explorer (with progress, for large
// graphs; the plain document when no packed one is served), checks it, builds the career graph,
// then — after the first view is on screen — the searcher from the prebuilt index.
// Graph objects are held raw ($state.raw): never proxied, never mutated for display.

import {
  buildCareerGraph,
  isPackedGraphDocument,
  loadGraphDocument,
  unpackGraphDocument,
  type CareerGraph,
} from '../../domain/graph/index.ts';
import type { GraphDocument, JobClass, SourceDocument } from '../../domain/model/index.ts';
import { createSearcher, isSearchIndexFor, type Searcher } from '../../domain/search/index.ts';
import { indexBy, promiseCache } from '../lib/collections.ts';
import { sourceKey, type SourceText } from '../lib/source-key.ts';

export type LoadStatus = 'loading' | 'ready' | 'error';

export interface LoadProgress {
  phase: 'download' | 'build';
  loaded: number;
  total: number | null;
}

async function readWithProgress(response: Response, onProgress: (loaded: number, total: number | null) => void): Promise<string> {
  const length = Number(response.headers.get('Content-Length'));
  const total = Number.isFinite(length) && length > 0 ? length : null;
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  let reported = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    loaded += value.byteLength;
    chunks.push(value);
    // NOTE: at most ten progress updates a second: a 77 MB document arrives in thousands of chunks,
    // and re-rendering the indicator for each one doubled the download time.
    const now = performance.now();
    if (now - reported > 100) {
      reported = now;
      onProgress(loaded, total);
    }
  }
  // NOTE: the bytes are decoded once, at the end: decoding chunk by chunk left a rope of thousands
  // of strings that JSON.parse had to flatten first.
  const bytes = new Uint8Array(loaded);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

/** Resolves once the browser has painted the current frame and gone idle (or after 500 ms). */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame !== 'function') return resolve();
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 500 });
        else setTimeout(resolve, 50);
      }),
    );
  });
}

export class AppData {
  status: LoadStatus = $state('loading');
  progress: LoadProgress = $state({ phase: 'download', loaded: 0, total: null });
  error: string | null = $state(null);
  doc: GraphDocument | null = $state.raw(null);
  graph: CareerGraph | null = $state.raw(null);
  searcher: Searcher | null = $state.raw(null);
  /** Jurisdiction id → name. */
  jurisdictionNames: ReadonlyMap<string, string> = $state.raw(indexBy([], String, String));
  /** File → its ingested document (with its lines when the ingest kept them). */
  documents: ReadonlyMap<string, SourceDocument> = $state.raw(indexBy([], String, (d: SourceDocument) => d));

  async load(base = './'): Promise<void> {
    performance.mark('rungs:load-start');
    try {
      // NOTE: the packed document is about half the corpus document's size, and downloading and
      // decoding the text is most of the first page's wait (see pack-graph-document.ts).
      let response = await fetch(`${base}graph.packed.json`);
      if (response.status === 404) response = await fetch(`${base}graph.json`);
      if (!response.ok) {
        const detail = (await response.text()).slice(0, 300);
        throw new Error(`The graph document could not be loaded (HTTP ${response.status}). ${detail}`);
      }
      const text = await readWithProgress(response, (loaded, total) => {
        this.progress = { phase: 'download', loaded, total };
      });
      performance.mark('rungs:downloaded');
      this.progress = { phase: 'build', loaded: text.length, total: text.length };
      // Let the progress indicator paint before the synchronous build.
      await new Promise((resolve) => setTimeout(resolve, 0));
      const parsed = JSON.parse(text) as unknown;
      performance.mark('rungs:json-parsed');
      const json = isPackedGraphDocument(parsed) ? unpackGraphDocument(parsed) : parsed;
      performance.mark('rungs:parsed');
      const doc = loadGraphDocument(json);
      const graph = buildCareerGraph(doc);
      performance.mark('rungs:graph-built');
      this.jurisdictionNames = indexBy(doc.jurisdictions, (j) => j.id, (j) => j.name);
      this.documents = indexBy(doc.documents, (d) => d.file, (d) => d);
      this.doc = doc;
      this.graph = graph;
      this.status = 'ready';
      void this.loadSearch(base, doc);
    } catch (error) {
      this.error = error instanceof Error ? error.message : String(error);
      this.status = 'error';
    }
  }

  private async loadSearch(base: string, doc: GraphDocument): Promise<void> {
    // NOTE: after the first view has painted: on the 3,400-class corpus, parsing the index and
    // building the word index take a few hundred milliseconds that must not delay the first ladder.
    await afterPaint();
    let index: unknown = null;
    try {
      const response = await fetch(`${base}search-index.json`);
      if (response.ok) index = await response.json();
    } catch {
      index = null;
    }
    await new Promise((resolve) => setTimeout(resolve, 0));
    performance.mark('rungs:search-fetched');
    this.searcher = createSearcher(doc, isSearchIndexFor(index, doc) ? index : null);
    performance.mark('rungs:search-ready');
  }

  /** Fetches in flight or done, by file (a cache, not display state: a plain Map). */
  private sources = promiseCache<SourceText>();

  /**
   * A source document's lines: from the graph document when it carries them, else fetched once
   * from ./sources/<key>.json (served and emitted by the Vite plugin).
   */
  sourceText(file: string, base = './'): Promise<SourceText> {
    const inDoc = this.documents.get(file)?.lines;
    if (inDoc) return Promise.resolve({ file, lines: inDoc });
    let pending = this.sources.get(file);
    if (!pending) {
      pending = fetch(`${base}sources/${encodeURIComponent(sourceKey(file))}.json`)
        .then((r) => (r.ok ? (r.json() as Promise<SourceText>) : { file, lines: null, reason: `HTTP ${r.status}` }))
        .catch((error: unknown) => ({ file, lines: null, reason: String(error) }));
      this.sources.set(file, pending);
    }
    return pending;
  }

  jurisdictionName(id: string): string {
    return this.jurisdictionNames.get(id) ?? id;
  }

  /** The class with this id; null before the graph is loaded, or for no id or an unknown one. */
  classOf(id: string | null | undefined): JobClass | null {
    const graph = this.graph;
    return graph && id && graph.hasNode(id) ? graph.getNodeAttributes(id) : null;
  }

  /** The class's title; the id itself when the class is unknown ("" for no id). */
  titleOf(id: string | null | undefined): string {
    return this.classOf(id)?.title ?? id ?? '';
  }
}
