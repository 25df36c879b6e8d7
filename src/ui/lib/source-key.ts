// The name under which a source document's text is served to the app (./sources/<key>.json): the
// file name made URL-safe, plus a hash of the whole path so two files never share a key.
// Shared by the Vite plugin (which serves and emits the files) and the app (which fetches them).

/** NOTE: "/work/shared/corpus/calhr/0010.txt" → "calhr_0010.txt-1k3x9q" (the hash varies with the path). */
export function sourceKey(file: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < file.length; i += 1) {
    hash ^= file.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  const tail = file.split(/[\\/]/).slice(-2).join('_').replace(/[^A-Za-z0-9._-]+/g, '_').slice(-60);
  return `${tail}-${hash.toString(36)}`;
}

/** What ./sources/<key>.json holds. */
export interface SourceText {
  file: string;
  /** The document's lines as the ingest read them, or null when the file cannot be read here. */
  lines: string[] | null;
  reason?: string;
}
