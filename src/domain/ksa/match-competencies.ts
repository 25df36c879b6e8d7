// A KSA statement → the competencies it names, strongest first, each with a confidence 0..1.
// Two signals over stemmed words: curated term phrases (exact or loosely ordered) and, for O*NET
// elements, how much of the element's descriptor the statement quotes. Indexes are built once.
// [Reference] data/competencies.json; ../shared/PRODUCT.md ("Competency ids").

import type { CompetencyMatch, KsaKind } from '../model/index.ts';
import { competencyVocabulary, type Competency } from './competency-vocabulary.ts';
import { ksaStemId, tokenizeKsaIds, tokenizeKsaText } from './tokenize-ksa-text.ts';

/** Matches below this confidence are not reported. */
export const MIN_CONFIDENCE = 0.5;

/** Share of an O*NET descriptor's weighted words a statement holds to count as quoting it. */
const QUOTED_COVERAGE = 0.8;

interface TermEntry {
  competency: number;
  /** The term's stems, as their `ksaStemId`. */
  tokens: number[];
  /** Stems one of which the statement must also hold, anywhere (see `Competency.inContext`). */
  context?: number[];
}

interface Posting {
  competency: number;
  weight: number;
}

// NOTE: the lists below are indexed by stem id (see ksaStemId): a statement's tokens are looked up
// by number, not hashed as strings once per list.
interface Index {
  list: Competency[];
  /** Terms by the stem id of their first token. */
  terms: (TermEntry[] | undefined)[];
  /** Exclusion phrases by the stem id of their first token. */
  excludes: (TermEntry[] | undefined)[];
  /** Stem id of an O*NET descriptor token → the elements whose descriptor holds it, with its IDF. */
  descriptors: (Posting[] | undefined)[];
  /** Sum of the IDF of each element's distinct descriptor tokens. */
  descriptorMass: number[];
}

function addEntry(byFirst: (TermEntry[] | undefined)[], entry: TermEntry): void {
  const first = entry.tokens[0];
  if (first === undefined) return;
  const list = byFirst[first];
  if (list === undefined) byFirst[first] = [entry];
  else list.push(entry);
}

function buildIndex(list: Competency[]): Index {
  const terms: (TermEntry[] | undefined)[] = [];
  const excludes: (TermEntry[] | undefined)[] = [];
  list.forEach((c, i) => {
    const seen = new Set<string>();
    for (const term of c.terms) {
      const tokens = tokenizeKsaText(term);
      const key = tokens.join(' ');
      if (tokens.length === 0 || seen.has(key)) continue;
      seen.add(key);
      addEntry(terms, { competency: i, tokens: tokens.map(ksaStemId) });
    }
    for (const { term, anyOf } of c.inContext ?? []) {
      const tokens = tokenizeKsaText(term).map(ksaStemId);
      const context = [...new Set(anyOf.flatMap(tokenizeKsaText).map(ksaStemId))];
      if (tokens.length > 0 && context.length > 0)
        addEntry(terms, { competency: i, tokens, context });
    }
    for (const phrase of c.exclude)
      addEntry(excludes, { competency: i, tokens: tokenizeKsaText(phrase).map(ksaStemId) });
  });

  // NOTE: descriptor similarity only for O*NET elements, whose descriptors specs quote
  // ("the ability to consider the relative costs and benefits of potential actions…").
  const docTokens = list.map((c) =>
    c.source === 'onet' ? new Set(tokenizeKsaText(c.description)) : new Set<string>(),
  );
  const df = new Map<string, number>();
  for (const set of docTokens) for (const t of set) df.set(t, (df.get(t) ?? 0) + 1);
  const documents = docTokens.filter((s) => s.size > 0).length;
  // Words in more than a sixth of the descriptors ("knowledge", "ability") say nothing.
  for (const set of docTokens)
    for (const t of [...set]) if ((df.get(t) ?? 0) > documents / 6) set.delete(t);
  const descriptors: (Posting[] | undefined)[] = [];
  const descriptorMass = docTokens.map((set, i) => {
    let mass = 0;
    for (const t of set) {
      const weight = Math.log(1 + documents / (df.get(t) ?? 1));
      mass += weight;
      const id = ksaStemId(t);
      const postings = descriptors[id];
      if (postings === undefined) descriptors[id] = [{ competency: i, weight }];
      else postings.push({ competency: i, weight });
    }
    return mass;
  });
  return {
    list,
    terms: dense(terms),
    excludes: dense(excludes),
    descriptors: dense(descriptors),
    descriptorMass,
  };
}

/** `byId` with every hole filled with undefined: an array V8 keeps as a plain list. */
function dense<T>(byId: (T | undefined)[]): (T | undefined)[] {
  return Array.from({ length: byId.length }, (_, id) => byId[id]);
}

const INDEX = buildIndex(competencyVocabulary.competencies);

const KIND_DOMAIN: Record<KsaKind, Competency['domain']> = {
  knowledge: 'knowledge',
  skill: 'skill',
  ability: 'ability',
  other: 'work-style',
};

/** How well a term's tokens occur in the statement: 1 in order and adjacent, 0.8 close by, 0 otherwise. */
function termFit(entry: TermEntry, at: number, tokens: number[]): number {
  const n = entry.tokens.length;
  if (n === 1) return 1;
  let contiguous = true;
  for (let k = 1; k < n; k++) {
    if (tokens[at + k] !== entry.tokens[k]) {
      contiguous = false;
      break;
    }
  }
  if (contiguous) return 1;
  // Loose: every other token within a window around the first, in any order
  // ("practice of social work" meets "social work practice"). Two-word terms stay tight:
  // "working relationships with … groups and the public" must not meet "public relations".
  const window = n === 2 ? 2 : n + 1;
  const from = Math.max(0, at - window);
  const to = Math.min(tokens.length - 1, at + window);
  for (let k = 1; k < n; k++) {
    const wanted = entry.tokens[k];
    let found = false;
    for (let j = from; j <= to && !found; j++) found = j !== at && tokens[j] === wanted;
    if (!found) return 0;
  }
  return 0.8;
}

// Scratch space reused by every call (the domain runs single-threaded): one slot per competency.
const termScore = new Float64Array(INDEX.list.length);
const termHits = new Uint16Array(INDEX.list.length);
const termLength = new Uint8Array(INDEX.list.length);
const overlap = new Float64Array(INDEX.list.length);
const excluded = new Uint8Array(INDEX.list.length);
/** By stem id: the last call that counted the stem's descriptor overlap (grown as stems come). */
let seenInCall = new Int32Array(4096);
let call = 0;

/** Records the first time a call scores a competency, so only those slots are read and reset. */
function markTouched(c: number, touched: number[]): void {
  if (termHits[c] === 0 && overlap[c] === 0 && excluded[c] === 0) touched.push(c);
}

/**
 * The competencies a KSA statement names, strongest first. `kind` breaks near-ties toward the
 * matching O*NET domain (an ability statement puts Written Expression before Writing).
 * Never throws; returns [] for text that names no competency.
 */
export function matchCompetencies(text: string, kind?: KsaKind): CompetencyMatch[] {
  // NOTE: a corpus repeats its statements ("Ability to communicate effectively" in hundreds of
  // classes: 54,611 statements, 20,369 distinct), so results are kept per (kind, text) and each
  // caller gets its own copy. One map per kind: the text alone is the key, never copied into another.
  let matches = resultCache.get(kind)?.get(text);
  if (matches === undefined) {
    if (cachedCount >= RESULT_CACHE_LIMIT) {
      resultCache.clear();
      cachedCount = 0;
    }
    matches = computeMatches(text, kind);
    let byText = resultCache.get(kind);
    if (byText === undefined) {
      byText = new Map();
      resultCache.set(kind, byText);
    }
    byText.set(text, matches);
    cachedCount++;
  }
  return matches.map(({ id, confidence }) => ({ id, confidence }));
}

/** Results by kind, then text; cleared whole when full, so memory stays bounded. */
const resultCache = new Map<KsaKind | undefined, Map<string, readonly CompetencyMatch[]>>();
const RESULT_CACHE_LIMIT = 50_000;
let cachedCount = 0;

function computeMatches(text: string, kind: KsaKind | undefined): CompetencyMatch[] {
  const tokens = tokenizeKsaIds(text);
  if (tokens.length === 0) return [];
  for (const token of tokens) {
    if (token >= seenInCall.length) {
      const grown = new Int32Array(Math.max(token + 1, seenInCall.length * 2));
      grown.set(seenInCall);
      seenInCall = grown;
    }
  }
  const touched: number[] = [];

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as number;
    const excludes = INDEX.excludes[token];
    if (excludes !== undefined) {
      for (const entry of excludes) {
        if (termFit(entry, i, tokens) === 1) {
          markTouched(entry.competency, touched);
          excluded[entry.competency] = 1;
        }
      }
    }
    const terms = INDEX.terms[token];
    if (terms === undefined) continue;
    for (const entry of terms) {
      const fit = termFit(entry, i, tokens);
      if (fit === 0) continue;
      if (entry.context !== undefined && !entry.context.some((id) => tokens.includes(id))) continue;
      // Longer phrases are surer; a lone word is a weaker sign than a phrase.
      const length = entry.tokens.length;
      const score = fit * (length === 1 ? 0.78 : Math.min(0.97, 0.86 + 0.04 * (length - 2)));
      const c = entry.competency;
      markTouched(c, touched);
      termScore[c] = Math.max(termScore[c] ?? 0, score);
      termHits[c] = (termHits[c] ?? 0) + 1;
      if (fit === 1 && length > (termLength[c] ?? 0)) termLength[c] = Math.min(255, length);
    }
  }

  // Descriptor overlap, each distinct token counted once (a call stamp marks tokens already seen).
  call++;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as number;
    if (seenInCall[token] === call) continue;
    seenInCall[token] = call;
    const postings = INDEX.descriptors[token];
    if (postings === undefined) continue;
    for (const p of postings) {
      markTouched(p.competency, touched);
      overlap[p.competency] = (overlap[p.competency] ?? 0) + p.weight;
    }
  }

  const wanted = kind !== undefined ? KIND_DOMAIN[kind] : undefined;
  // NOTE: a statement that quotes an O*NET element's descriptor is that element: the other words
  // of the descriptor do not name competencies of their own. "Judgment and decision making skills -
  // the ability to consider the relative costs and benefits of potential actions…" is Judgment and
  // Decision Making, not Management of Financial Resources too ("costs").
  let quoted = false;
  for (const c of touched) {
    if ((overlap[c] ?? 0) / (INDEX.descriptorMass[c] ?? Infinity) >= QUOTED_COVERAGE) quoted = true;
  }
  const out: { id: string; confidence: number; specificity: number }[] = [];
  for (const c of touched) {
    const hits = termHits[c] ?? 0;
    let score = hits > 0 ? Math.min(0.99, (termScore[c] ?? 0) + 0.04 * (hits - 1)) : 0;
    const coverage = (overlap[c] ?? 0) / (INDEX.descriptorMass[c] ?? Infinity);
    if (coverage >= 0.6) {
      const fromDescriptor = 0.4 + 0.6 * coverage;
      score = hits > 0 ? Math.min(1, Math.max(score, fromDescriptor) + 0.05) : fromDescriptor;
    }
    // Under a quoted descriptor, another competency stands only on a phrase of its own of three
    // words or more ("communicate effectively in writing": Written Expression beside Writing).
    if (quoted && coverage < QUOTED_COVERAGE && (termLength[c] ?? 0) < 3) score = 0;
    const isExcluded = excluded[c] === 1;
    termScore[c] = 0;
    termHits[c] = 0;
    termLength[c] = 0;
    overlap[c] = 0;
    excluded[c] = 0;
    const competency = INDEX.list[c];
    if (isExcluded || competency === undefined || score === 0) continue;
    const confidence = Math.min(
      1,
      score + (wanted !== undefined && competency.domain === wanted ? 0.03 : 0),
    );
    if (confidence < MIN_CONFIDENCE) continue;
    out.push({
      id: competency.id,
      confidence: Math.round(confidence * 100) / 100,
      specificity: competency.specificity,
    });
  }
  out.sort(
    (a, b) =>
      b.confidence - a.confidence || b.specificity - a.specificity || (a.id < b.id ? -1 : 1),
  );
  return out.map(({ id, confidence }) => ({ id, confidence }));
}
