// Writes a graph document as JSON without building one giant string: a corpus-sized document (tens
// of thousands of edges) is larger than the longest string V8 can hold.
// [Reference] src/domain/model/graph-document.ts (the fields, in this order).

import { createWriteStream } from 'node:fs';
import type { GraphDocument } from '../domain/model/index.ts';

/** Streams `doc` to `path` as compact JSON; rejects when the file cannot be written. */
export async function writeGraphDocument(path: string, doc: GraphDocument): Promise<void> {
  const stream = createWriteStream(path, { encoding: 'utf8' });
  const failed = new Promise<never>((_, reject) => stream.once('error', reject));
  const write = async (chunk: string): Promise<void> => {
    if (!stream.write(chunk)) {
      await Promise.race([new Promise<void>((done) => stream.once('drain', () => done())), failed]);
    }
  };
  const keys = Object.keys(doc) as (keyof GraphDocument)[];
  await Promise.race([new Promise<void>((done) => stream.once('open', () => done())), failed]);
  await write('{');
  for (const [k, key] of keys.entries()) {
    await write(`${k === 0 ? '' : ','}${JSON.stringify(key)}:`);
    const value = doc[key];
    if (Array.isArray(value)) {
      await write('[');
      let batch = '';
      for (const [n, item] of value.entries()) {
        batch += (n === 0 ? '' : ',') + JSON.stringify(item);
        if (batch.length > 1 << 20) {
          await write(batch);
          batch = '';
        }
      }
      await write(`${batch}]`);
    } else {
      await write(JSON.stringify(value));
    }
  }
  await write('}');
  await Promise.race([new Promise<void>((done) => stream.end(() => done())), failed]);
}
