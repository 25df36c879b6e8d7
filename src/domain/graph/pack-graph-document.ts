// A graph document packed for the wire. Lossless: unpacking gives back JSON equal to the document.
// Two things make the corpus document large, and both repeat: an edge's evidence quotes KSA
// statements and route sentences its classes already carry, and file names recur in every citation;
// and every KSA, route and edge spells out the same dozen keys. So every string of 8 or more
// characters that occurs more than once is written once, in a table, and referred to by index; and
// each object is written as an array of its values after the number of its key list ("shape").
// The explorer downloads and parses about a third of the text.
// [Reference] ../shared/PRODUCT.md "Data contract" (the unpacked shape); src/ui/vite-plugin-graph.ts.

import { InvalidDocumentError } from '../errors.ts';
import type { GraphDocument } from '../model/index.ts';

export const PACKED_FORMAT = 'rungs-packed-graph';
export const PACKED_VERSION = 2;

export interface PackedGraphDocument {
  format: typeof PACKED_FORMAT;
  version: typeof PACKED_VERSION;
  /** The repeated strings, most frequent first (shorter references). */
  strings: string[];
  /** The key lists of the document's objects: shape n is `shapes[n - 1]`. */
  shapes: string[][];
  /** The document, each value encoded (see `encode` in packGraphDocument). */
  document: unknown;
}

const MIN_LENGTH = 8;
// NOTE: a string reference is "~" and the table index in base 36 (strings[1295] → "~zz"). A string
// of the document that itself begins with "~" is written with a second "~" ("~x" → "~~x"), so
// references and text never meet: base-36 digits never include "~".
const MARK = '~';
const MARK_CODE = 126;
// NOTE: every array of the packed document is a container: `[0, …items]` is an array,
// `[n, …values]` (n ≥ 1) an object of shape n: `{ line: 3, text: "x" }` → `[4, 3, "x"]` when
// shapes[3] is ["line", "text"]; `[3, 5]` → `[0, 3, 5]`.
const ARRAY = 0;

/** The file a packed document is kept in beside its graph document: graph.json → graph.packed.json. */
export function packedGraphFile(graphFile: string): string {
  return graphFile.endsWith('.json')
    ? `${graphFile.slice(0, -'.json'.length)}.packed.json`
    : `${graphFile}.packed.json`;
}

/** The keys JSON.stringify would write, in its order. */
function jsonKeys(value: object): string[] {
  return Object.keys(value).filter((k) => {
    const v = (value as Record<string, unknown>)[k];
    return v !== undefined && typeof v !== 'function';
  });
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
  const shapes: string[][] = [];
  const shapeIds = new Map<string, number>();
  const encode = (value: unknown): unknown => {
    if (typeof value === 'string')
      return refs.get(value) ?? (value.startsWith(MARK) ? MARK + value : value);
    if (Array.isArray(value))
      return [ARRAY, ...value.map((v) => (v === undefined ? null : encode(v)))];
    if (value !== null && typeof value === 'object') {
      const keys = jsonKeys(value);
      const signature = JSON.stringify(keys);
      let id = shapeIds.get(signature);
      if (id === undefined) {
        shapes.push(keys);
        id = shapes.length;
        shapeIds.set(signature, id);
      }
      return [id, ...keys.map((k) => encode((value as Record<string, unknown>)[k]))];
    }
    return value;
  };
  return { format: PACKED_FORMAT, version: PACKED_VERSION, strings, shapes, document: encode(doc) };
}

export function isPackedGraphDocument(json: unknown): json is PackedGraphDocument {
  return (
    json !== null &&
    typeof json === 'object' &&
    (json as { format?: unknown }).format === PACKED_FORMAT
  );
}

/**
 * Packed JSON → the graph document's JSON (check it with loadGraphDocument). Throws
 * InvalidDocumentError for another version, or a reference to a string or shape it does not have.
 */
export function unpackGraphDocument(json: unknown): unknown {
  const fail = (reason: string): never => {
    throw new InvalidDocumentError('unpackGraphDocument', reason);
  };
  if (!isPackedGraphDocument(json)) return fail(`format is not "${PACKED_FORMAT}"`);
  if (json.version !== PACKED_VERSION)
    return fail(`packed version ${JSON.stringify(json.version)}, expected ${PACKED_VERSION}`);
  const { strings, shapes } = json;
  if (!Array.isArray(strings) || !Array.isArray(shapes))
    return fail('strings or shapes is not an array');
  const text = (s: string): string => {
    if (s.charCodeAt(0) !== MARK_CODE) return s;
    if (s.charCodeAt(1) === MARK_CODE) return s.slice(1);
    const found = strings[parseInt(s.slice(1), 36)];
    return typeof found === 'string' ? found : fail(`no string ${JSON.stringify(s)} in the table`);
  };
  // NOTE: objects of one shape get their keys in one order, so the engine gives them one layout.
  const decode = (value: unknown): unknown => {
    if (typeof value === 'string') return text(value);
    if (!Array.isArray(value)) return value;
    const head: unknown = value[0];
    if (head === ARRAY) {
      const out = new Array<unknown>(value.length - 1);
      for (let i = 1; i < value.length; i++) out[i - 1] = decode(value[i]);
      return out;
    }
    const keys = typeof head === 'number' ? shapes[head - 1] : undefined;
    if (keys === undefined || keys.length !== value.length - 1)
      return fail(`no shape ${JSON.stringify(head)} of ${value.length - 1} keys`);
    const out: Record<string, unknown> = {};
    for (let i = 0; i < keys.length; i++) out[keys[i] as string] = decode(value[i + 1]);
    return out;
  };
  return decode(json.document);
}

/**
 * What the explorer downloads: the document packed, without the documents' lines (the app fetches
 * a document's lines when it shows its source: ./sources/<key>.json).
 */
export function packForExplorer(doc: GraphDocument): PackedGraphDocument {
  return packGraphDocument({
    ...doc,
    documents: doc.documents.map(({ lines: _lines, ...rest }) => rest),
  });
}
