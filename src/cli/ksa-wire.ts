// The KSA statements of many classes packed for another thread: every string once in a table, the
// rest in two typed arrays. What the ingest workers send in place of the statements themselves.
// [Reference] Node worker_threads (postMessage, transferable ArrayBuffers); src/cli/ingest-worker.ts.
// NOTE: on the corpus, half the classes' 30,443 statements took 52–75 ms to serialise and 88–134 ms
// to deserialise as objects (most of a batch's cost); packed, 24–32 ms and 16–20 ms. A corpus
// repeats its statements and competency ids, and the table holds each once.

import type { Ksa, KsaKind } from '../domain/model/index.ts';

export interface PackedKsas {
  /** Every string the statements hold, once. */
  strings: string[];
  /**
   * Per list: its length; per statement: text, kind, proficiency word (-1: null) as string indices,
   * the number of competencies and their indices, the number of matches and their ids' indices.
   */
  refs: Int32Array<ArrayBuffer>;
  /** Per statement: proficiency, line (NaN: null), then each match's confidence. */
  numbers: Float64Array<ArrayBuffer>;
}

/** `lists` packed; `unpackKsas` gives them back equal, key for key. */
export function packKsas(lists: readonly (readonly Ksa[])[]): PackedKsas {
  const strings: string[] = [];
  const indexOf = new Map<string, number>();
  const ref = (s: string): number => {
    let i = indexOf.get(s);
    if (i === undefined) {
      i = strings.length;
      strings.push(s);
      indexOf.set(s, i);
    }
    return i;
  };
  const refs: number[] = [];
  const numbers: number[] = [];
  for (const list of lists) {
    refs.push(list.length);
    for (const ksa of list) {
      refs.push(ref(ksa.text), ref(ksa.kind));
      refs.push(ksa.proficiencyWord === null ? -1 : ref(ksa.proficiencyWord));
      refs.push(ksa.competencies.length);
      for (const id of ksa.competencies) refs.push(ref(id));
      refs.push(ksa.matches.length);
      for (const m of ksa.matches) refs.push(ref(m.id));
      numbers.push(ksa.proficiency ?? NaN, ksa.line ?? NaN);
      for (const m of ksa.matches) numbers.push(m.confidence);
    }
  }
  return { strings, refs: Int32Array.from(refs), numbers: Float64Array.from(numbers) };
}

/** The lists `packKsas` packed, in order. */
export function unpackKsas({ strings, refs, numbers }: PackedKsas): Ksa[][] {
  const lists: Ksa[][] = [];
  let r = 0;
  let n = 0;
  const str = (): string => strings[refs[r++] as number] as string;
  const num = (): number | null => {
    const x = numbers[n++] as number;
    return Number.isNaN(x) ? null : x;
  };
  while (r < refs.length) {
    const length = refs[r++] as number;
    const list: Ksa[] = [];
    for (let k = 0; k < length; k++) {
      const text = str();
      const kind = str() as KsaKind;
      const wordRef = refs[r++] as number;
      const word = wordRef < 0 ? null : (strings[wordRef] as string);
      const competencies: string[] = [];
      for (let c = refs[r++] as number; c > 0; c--) competencies.push(str());
      const ids: string[] = [];
      for (let c = refs[r++] as number; c > 0; c--) ids.push(str());
      const proficiency = num();
      const line = num();
      const matches = ids.map((id) => ({ id, confidence: numbers[n++] as number }));
      // NOTE: keys in the order the parser writes them, so the graph document's JSON is the same
      // byte for byte whichever thread read the class.
      list.push({ text, kind, proficiency, proficiencyWord: word, competencies, matches, line });
    }
    lists.push(list);
  }
  return lists;
}
