// The word index that narrows a query to a few candidate classes before the fuzzy pass: a sorted
// vocabulary (prefix look-up while typing), bigrams of each word (typo tolerance), and per word the
// classes that use it in a name field or in their KSA wording.
// [Reference] issue "The explorer", Search (≤ 16 ms per keystroke over ~4,000 classes).

import { normalizeSearchText } from './normalize-search-text.ts';
import type { SearchRecord } from './search-record.ts';

export interface WordIndex {
  /** The vocabulary, sorted. */
  words: string[];
  /** Per word: indices of the classes whose title, code, series or jurisdiction use it, ascending. */
  names: Uint32Array[];
  /** Per word: indices of the classes whose KSA wording uses it, ascending. */
  ksas: Uint32Array[];
  /** Per padded bigram: the ids of the words that contain it. */
  bigrams: Map<string, Uint32Array>;
  /** Number of bigrams of each word. */
  bigramCounts: Uint16Array;
  classCount: number;
}

/**
 * NOTE: bigrams of the word padded with ^ and $, because a swapped pair of letters keeps most of
 * them: "medcial" and "medical" share ^m me ed al l$ (Dice 0.63) but only two trigrams.
 */
export function wordBigrams(word: string): string[] {
  const padded = `^${word}$`;
  const grams = new Set<string>();
  for (let i = 0; i < padded.length - 1; i += 1) grams.add(padded.slice(i, i + 2));
  return [...grams];
}

export function buildWordIndex(records: readonly SearchRecord[]): WordIndex {
  const nameSets = new Map<string, number[]>();
  const ksaSets = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, word: string, classIndex: number): void => {
    const list = map.get(word);
    if (!list) map.set(word, [classIndex]);
    else if (list[list.length - 1] !== classIndex) list.push(classIndex);
  };
  records.forEach((r, i) => {
    for (const field of [r.title, r.code, r.series, r.jurisdiction]) {
      for (const w of normalizeSearchText(field)) add(nameSets, w, i);
    }
    for (const ksa of r.ksas) {
      for (const w of normalizeSearchText(ksa)) if (w.length > 2) add(ksaSets, w, i);
    }
  });
  const words = [...new Set([...nameSets.keys(), ...ksaSets.keys()])].sort();
  const empty = new Uint32Array(0);
  const gramLists = new Map<string, number[]>();
  const bigramCounts = new Uint16Array(words.length);
  words.forEach((w, id) => {
    const grams = wordBigrams(w);
    bigramCounts[id] = grams.length;
    for (const g of grams) {
      const list = gramLists.get(g);
      if (list) list.push(id);
      else gramLists.set(g, [id]);
    }
  });
  const bigrams = new Map<string, Uint32Array>();
  for (const [g, list] of gramLists) bigrams.set(g, Uint32Array.from(list));
  return {
    words,
    names: words.map((w) => (nameSets.has(w) ? Uint32Array.from(nameSets.get(w) ?? []) : empty)),
    ksas: words.map((w) => (ksaSets.has(w) ? Uint32Array.from(ksaSets.get(w) ?? []) : empty)),
    bigrams,
    bigramCounts,
    classCount: records.length,
  };
}
