// A graph document packed for the wire: every string of 8 or more characters that occurs more than
// once is written once, in a table, and referred to by its index. Lossless: unpacking gives back
// JSON equal to the document. The corpus document repeats itself heavily (an edge's evidence quotes
// KSA statements and route sentences its classes already carry; file names recur in every
// citation), so the explorer downloads and parses about half as much text.
// [Reference] ../shared/PRODUCT.md "Data contract" (the unpacked shape); src/ui/vite-plugin-graph.ts.

import { InvalidDocumentError } from '../errors.ts';
import type { GraphDocument } from '../model/index.ts';

export const PACKED_FORMAT = 'rungs-packed-graph';
export const PACKED_VERSION = 1;

export interface PackedGraphDocument {
  format: typeof PACKED_FORMAT;
  version: typeof PACKED_VERSION;
  /** The repeated strings, most frequent first (shorter references). */
  strings: string[];
  /** The document with each repeated string replaced by its reference. */
  document: unknown;
}

const MIN_LENGTH = 8;
// NOTE: a reference is "~" and the table index in base 36 (strings[1295] → "~zz"). A string of
// the document that itself begins with "~" is written with a second "~" ("~x" → "~~x"), so
// references and text never meet: base-36 digits never include "~".
const MARK = '~';
const MARK_CODE = 126;

/** The file a packed document is kept in beside its graph document: graph.json → graph.packed.json. */
export function packedGraphFile(graphFile: string): string {
  return graphFile.endsWith('.json') ? `${graphFile.slice(0, -'.json'.length)}.packed.json` : `${graphFile}.packed.json`;
}

export function packGraphDocument(doc: GraphDocument): PackedGraphDocument {
  const counts = new Map<string, number>();
  const count = (value: unknown): void => {
    if (typeof value === 'string') {
      if (value.length >= MIN_LENGTH) counts.set(value, (counts.get(value) ?? 0) + 1);
    } else if (Array.isArray(value)) {
      for (const item of value) count(item);
    } else if (value !== null && typeof value === 'object') {
      for (const item of Object.values(value)) count(item);
    }
  };
  count(doc);
  const strings = [...counts]
    .filter(([, n]) => n > 1)
    .sort((a, b) => b[1] - a[1])
    .map(([s]) => s);
  const refs = new Map(strings.map((s, i) => [s, MARK + i.toString(36)]));
  const encode = (value: unknown): unknown => {
    if (typeof value === 'string') return refs.get(value) ?? (value.startsWith(MARK) ? MARK + value : value);
    if (Array.isArray(value)) return value.map(encode);
    if (value !== null && typeof value === 'object') {
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value)) out[key] = encode(item);
      return out;
    }
    return value;
  };
  return { format: PACKED_FORMAT, version: PACKED_VERSION, strings, document: encode(doc) };
}

export function isPackedGraphDocument(json: unknown): json is PackedGraphDocument {
  return json !== null && typeof json === 'object' && (json as { format?: unknown }).format === PACKED_FORMAT;
}

/**
 * Packed JSON → the graph document's JSON (check it with loadGraphDocument). Rebuilds in place:
 * pass freshly parsed JSON. Throws InvalidDocumentError for another version or a broken reference.
 */
export function unpackGraphDocument(json: unknown): unknown {
  const fail = (reason: string): never => {
    throw new InvalidDocumentError('unpackGraphDocument', reason);
  };
  if (!isPackedGraphDocument(json)) return fail(`format is not "${PACKED_FORMAT}"`);
  if (json.version !== PACKED_VERSION) return fail(`packed version ${JSON.stringify(json.version)}, expected ${PACKED_VERSION}`);
  const { strings } = json;
  if (!Array.isArray(strings)) return fail('strings is not an array');
  const text = (s: string): string => {
    if (s.charCodeAt(0) !== MARK_CODE) return s;
    if (s.charCodeAt(1) === MARK_CODE) return s.slice(1);
    const found = strings[parseInt(s.slice(1), 36)];
    return typeof found === 'string' ? found : fail(`no string ${JSON.stringify(s)} in the table`);
  };
  // NOTE: iterative, in place, and without closures per value: the corpus has millions of values.
  const stack: (unknown[] | Record<string, unknown>)[] = [];
  const root = json.document;
  if (typeof root === 'string') return text(root);
  if (root !== null && typeof root === 'object') stack.push(root as Record<string, unknown>);
  while (stack.length > 0) {
    const node = stack.pop() as unknown[] | Record<string, unknown>;
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        const v = node[i];
        if (typeof v === 'string') node[i] = text(v);
        else if (v !== null && typeof v === 'object') stack.push(v as Record<string, unknown>);
      }
    } else {
      for (const key in node) {
        const v = node[key];
        if (typeof v === 'string') node[key] = text(v);
        else if (v !== null && typeof v === 'object') stack.push(v as Record<string, unknown>);
      }
    }
  }
  return root;
}

/**
 * What the explorer downloads: the document packed, without the documents' lines (the app fetches
 * a document's lines when it shows its source: ./sources/<key>.json).
 */
export function packForExplorer(doc: GraphDocument): PackedGraphDocument {
  return packGraphDocument({ ...doc, documents: doc.documents.map(({ lines: _lines, ...rest }) => rest) });
}
