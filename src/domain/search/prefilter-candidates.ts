// Narrows a query to the classes worth a fuzzy pass: each query word is matched against the
// vocabulary (exact, prefix while typing, or bigram similarity for typos), and classes are scored
// by how many query words they contain and where (names count more than KSA wording).
// [Reference] issue "The explorer", Search: "narrow the candidates before the fuzzy pass".

import type { WordIndex } from './build-word-index.ts';
import { wordBigrams } from './build-word-index.ts';
import { normalizeSearchText } from './normalize-search-text.ts';

export interface WordMatch {
  word: string;
  similarity: number;
}

export interface SearchCandidate {
  classIndex: number;
  score: number;
  /** How many of the query's words the class contains (in some form). */
  covered: number;
}

export interface PrefilterResult {
  candidates: SearchCandidate[];
  /** Per query word, the vocabulary words it matched (for highlighting). */
  matches: Map<string, WordMatch[]>;
  words: string[];
}

const MIN_SIMILARITY = 0.5;
const MAX_PREFIX_WORDS = 400;
const NAME_WEIGHT = 1;
const KSA_WEIGHT = 0.35;

function lowerBound(words: readonly string[], prefix: string): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((words[mid] ?? '') < prefix) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Vocabulary words a query word stands for, with a similarity 0..1.
 * NOTE: "soc" (still typing) → "social" 0.9 by prefix; "socail" → "social" 0.57 by bigrams;
 * words shorter than four letters are matched by prefix only, or they would match everything.
 */
export function matchWord(index: WordIndex, token: string): Map<number, number> {
  const found = new Map<number, number>();
  const start = lowerBound(index.words, token);
  for (let id = start; id < index.words.length && id - start < MAX_PREFIX_WORDS; id += 1) {
    const w = index.words[id] ?? '';
    if (!w.startsWith(token)) break;
    found.set(id, w === token ? 1 : 0.9);
  }
  if (token.length >= 4) {
    const grams = wordBigrams(token);
    const shared = new Map<number, number>();
    for (const g of grams) {
      const ids = index.bigrams.get(g);
      if (!ids) continue;
      for (const id of ids) shared.set(id, (shared.get(id) ?? 0) + 1);
    }
    for (const [id, common] of shared) {
      const dice = (2 * common) / (grams.length + (index.bigramCounts[id] ?? 0));
      if (dice >= MIN_SIMILARITY && (found.get(id) ?? 0) < dice * 0.85) found.set(id, dice * 0.85);
    }
  }
  return found;
}

/** Candidate classes for a query, best first, at most `limit` (default 150). */
export function prefilterCandidates(
  index: WordIndex,
  query: string,
  { limit = 150 }: { limit?: number } = {},
): PrefilterResult {
  const words = [...new Set(normalizeSearchText(query))];
  const matches = new Map<string, WordMatch[]>();
  if (words.length === 0) return { candidates: [], matches, words };
  const n = index.classCount;
  const total = new Float64Array(n);
  const covered = new Uint8Array(n);
  const best = new Float64Array(n);
  for (const token of words) {
    best.fill(0);
    const found = matchWord(index, token);
    matches.set(
      token,
      [...found].map(([id, similarity]) => ({ word: index.words[id] ?? '', similarity })),
    );
    for (const [id, similarity] of found) {
      const named = index.names[id];
      if (named) for (const c of named) if (best[c]! < similarity * NAME_WEIGHT) best[c] = similarity * NAME_WEIGHT;
      const ksa = index.ksas[id];
      if (ksa) for (const c of ksa) if (best[c]! < similarity * KSA_WEIGHT) best[c] = similarity * KSA_WEIGHT;
    }
    for (let c = 0; c < n; c += 1) {
      const b = best[c]!;
      if (b > 0) {
        total[c] = total[c]! + b;
        covered[c] = covered[c]! + 1;
      }
    }
  }
  // Every query word must match, unless no class has them all: then allow one missing word.
  let maxCovered = 0;
  for (let c = 0; c < n; c += 1) if (covered[c]! > maxCovered) maxCovered = covered[c]!;
  const need = Math.max(1, maxCovered === words.length ? words.length : words.length - 1);
  const candidates: SearchCandidate[] = [];
  for (let c = 0; c < n; c += 1) {
    if (covered[c]! >= need) candidates.push({ classIndex: c, score: total[c]!, covered: covered[c]! });
  }
  candidates.sort((a, b) => b.score - a.score || a.classIndex - b.classIndex);
  return { candidates: candidates.slice(0, limit), matches, words };
}
