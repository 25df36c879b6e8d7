// Writes a graph document (or its packed form) as JSON without building one giant string: a
// corpus-sized document (tens of thousands of edges) is larger than the longest string V8 can hold.
// Objects and arrays near the top are written piece by piece; deeper values whole.
// [Reference] src/domain/model/graph-document.ts; src/domain/graph/pack-graph-document.ts.

import { createWriteStream } from 'node:fs';

/** How deep objects and arrays are written piece by piece: a packed document's classes are at depth 2. */
const STREAMED_DEPTH = 3;

/** Streams `value` to `path` as compact JSON (as JSON.stringify would write it); rejects when the file cannot be written. */
export async function writeJsonFile(path: string, value: unknown): Promise<void> {
  const stream = createWriteStream(path, { encoding: 'utf8' });
  const failed = new Promise<never>((_, reject) => stream.once('error', reject));
  let batch = '';
  const flush = async (): Promise<void> => {
    const chunk = batch;
    batch = '';
    if (!stream.write(chunk)) {
      await Promise.race([new Promise<void>((done) => stream.once('drain', () => done())), failed]);
    }
  };
  const write = async (v: unknown, depth: number): Promise<void> => {
    if (depth < STREAMED_DEPTH && Array.isArray(v)) {
      batch += '[';
      for (const [n, item] of v.entries()) {
        if (n > 0) batch += ',';
        await write(item === undefined ? null : item, depth + 1);
      }
      batch += ']';
    } else if (depth < STREAMED_DEPTH && v !== null && typeof v === 'object') {
      batch += '{';
      let first = true;
      for (const [key, item] of Object.entries(v)) {
        if (item === undefined) continue;
        batch += `${first ? '' : ','}${JSON.stringify(key)}:`;
        first = false;
        await write(item, depth + 1);
      }
      batch += '}';
    } else {
      batch += JSON.stringify(v);
    }
    if (batch.length > 1 << 20) await flush();
  };
  await Promise.race([new Promise<void>((done) => stream.once('open', () => done())), failed]);
  await write(value, 0);
  await flush();
  await Promise.race([new Promise<void>((done) => stream.end(() => done())), failed]);
}
