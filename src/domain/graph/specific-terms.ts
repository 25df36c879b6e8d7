// What an experience requirement asks for beyond its broad kind, and whether a class's own work
// shows it: the requirement's rarer content words ("journey level plumber … apprenticeship in
// plumbing" → plumb, apprentic), each weighted by how few classes' work mentions it (IDF over the
// graph), met by the stems of the class's title, summary and duties.
// [Reference] ../shared/PRODUCT.md "experience-equivalence"; issue 3 "Edges" (match score).
// NOTE: the experience-kind vocabulary says a Mechanical Engineering Technician shows "skilled trades"
// as well as a Plumber does; only the word "plumbing" in the Plumber's duties tells them apart for
// "experience as a journey level plumber". specificMatch gives 0 and 1 there, and the equivalence
// edges and the eligibility rule multiply their kind score by specificFactor(match).

import { InvalidOptionError } from '../errors.ts';
import {
  memoizeText,
  type ExperienceRequirement,
  type JobClass,
  type SpecificTerm,
} from '../model/index.ts';
import { tokenizeKsaText } from '../ksa/tokenize-ksa-text.ts';
import type { ClassWork } from './score-experience-match.ts';

/**
 * Wording of requirements that says how much or where, not what: "two years of increasingly
 * responsible professional experience in the California state service at the level of …".
 */
const QUALIFIER_WORDS: ReadonlySet<string> = new Set(
  tokenizeKsaText(
    `experience experienced perform performing performance duties duty service services state california
    work working level levels responsibility responsible responsibilities equivalent comparable class
    classes classification specification professional increasingly progressively progressive broad
    extensive extensively general combination required requires requirement following position
    positions more major large larger area areas field fields involving involved involve year years
    month months hour hours paid full time part least journey varied closely similar type types kind
    kinds capacity complete completion recognized successful successfully mandatory course courses
    defined section sections code et seq exclusive outside beyond above below less formerly series
    trainee agency agencies department departments government governmental organization organizations
    public private within last preferably primarily substantial significant degree range must been
    have has shall setting settings primary function functions accepted standard standards ability
    abilities knowledge skill skills through across potential select selected direct indicated one
    two three four five six seven eight nine ten eleven twelve fifteen eighteen twenty thirty forty
    sixty half provide provides providing maintain maintains maintaining practice practices if`,
  ),
);

/**
 * A word every fourth class's work mentions says nothing specific ("program", "staff"): at most
 * this share of the classes may show a term for it to count, in a graph of at least
 * `MIN_CLASSES_FOR_SHARE` classes.
 * NOTE: in a handful of classes of one field every word of the field is common: the five seed
 * documents' 13 classes nearly all say "social" and "casework", which are what a requirement for
 * "social casework in a medical setting" asks for. So a small graph keeps every term.
 */
const MAX_SHARE = 0.25;
const MIN_CLASSES_FOR_SHARE = 100;

/** The stems a requirement's wording asks for, before weighing: qualifiers, numbers and letters out. */
export function requirementStems(kind: string): readonly string[] {
  return stemsOfKind(kind);
}

// NOTE: the ingest reads each requirement's stems three times (vocabulary, edges, document); kept.
const stemsOfKind = memoizeText((kind: string): readonly string[] => {
  const out = new Set<string>();
  for (const stem of tokenizeKsaText(kind)) {
    if (stem.length < 2 || QUALIFIER_WORDS.has(stem) || /[0-9]/.test(stem)) continue;
    out.add(stem);
  }
  return [...out];
}, 50_000);

const workTermCache = new WeakMap<ClassWork, ReadonlySet<string>>();

/** The stems of a class's title, summary and duties (kept per class object). */
export function workTerms(cls: ClassWork): ReadonlySet<string> {
  let terms = workTermCache.get(cls);
  if (terms === undefined) {
    const set = new Set<string>();
    for (const stem of tokenizeKsaText(cls.title)) set.add(stem);
    for (const stem of tokenizeKsaText(cls.summary)) set.add(stem);
    for (const duty of cls.duties) for (const stem of tokenizeKsaText(duty)) set.add(stem);
    terms = set;
    workTermCache.set(cls, terms);
  }
  return terms;
}

/**
 * Which classes' work shows each stem the requirements' wordings ask for: postings in one flat
 * array, stem v's classes at `classes[offsets[v]] … classes[offsets[v + 1] - 1]`, ascending. It also
 * keeps each wording's stems, as numbers of the vocabulary, so weighing them reads no text again.
 */
export interface WorkTermTable {
  /** How many classes the table was built from. */
  classCount: number;
  vocabulary: string[];
  offsets: Int32Array<ArrayBuffer>;
  classes: Int32Array<ArrayBuffer>;
  /** The requirement wordings the vocabulary was gathered from (see `requirementWordings`). */
  wordings: string[];
  /** Wording r's stems: `wordingStems[wordingOffsets[r]] … [wordingOffsets[r + 1] - 1]`. */
  wordingOffsets: Int32Array<ArrayBuffer>;
  wordingStems: Int32Array<ArrayBuffer>;
}

/**
 * Every distinct wording of what the experience requirements of `classes` ask for, and of the parts
 * they must include ("including one year in a supervisory capacity").
 */
export function requirementWordings(classes: readonly JobClass[]): string[] {
  const wordings = new Set<string>();
  for (const cls of classes)
    for (const route of cls.qualifications.routes)
      for (const exp of route.experience) {
        wordings.add(exp.kind);
        for (const inc of exp.including) wordings.add(inc.kind);
      }
  return [...wordings];
}

/** Runs of characters that are not a–z or 0–9, which part words (see `forEachWord`). */
const NON_WORD = /[^a-z0-9]+/;

/**
 * `WorkTermTable` of `works`, in their order, for the stems `wordings` ask for (see
 * `requirementStems`), numbered in the order they are first met.
 * NOTE: the corpus's 3,600 classes' work is 4.7 MB of text, 650,000 words of 20,000 distinct ones:
 * each text is split by a regular expression and each distinct word stemmed once per table. A
 * possessive's "s" is a word of one letter here, which no stem is.
 */
export function workTermTable(
  works: readonly ClassWork[],
  wordings: readonly string[],
): WorkTermTable {
  const index = new Map<string, number>();
  const wordingOffsets = new Int32Array(wordings.length + 1);
  const stemsAsked: number[] = [];
  wordings.forEach((wording, r) => {
    for (const stem of requirementStems(wording)) {
      let v = index.get(stem);
      if (v === undefined) index.set(stem, (v = index.size));
      stemsAsked.push(v);
    }
    wordingOffsets[r + 1] = stemsAsked.length;
  });
  const vocabulary = [...index.keys()];
  const lists: number[][] = vocabulary.map(() => []);
  // The class each stem was last met in: a class is listed once however often it says the word.
  const last = new Int32Array(vocabulary.length).fill(-1);
  const wordStems = new Map<string, readonly number[]>();
  const NONE: readonly number[] = [];
  for (let i = 0; i < works.length; i++) {
    const { title, summary, duties } = works[i] as ClassWork;
    for (let d = -2; d < duties.length; d++) {
      const text = d === -2 ? title : d === -1 ? summary : (duties[d] as string);
      const words = text.toLowerCase().split(NON_WORD);
      for (let w = 0; w < words.length; w++) {
        const word = words[w] as string;
        if (word.length < 2) continue;
        let ids = wordStems.get(word);
        if (ids === undefined) {
          const found: number[] = [];
          for (const stem of tokenizeKsaText(word)) {
            const v = index.get(stem);
            if (v !== undefined) found.push(v);
          }
          ids = found.length === 0 ? NONE : found;
          wordStems.set(word, ids);
        }
        for (let j = 0; j < ids.length; j++) {
          const v = ids[j] as number;
          if (last[v] === i) continue;
          last[v] = i;
          (lists[v] as number[]).push(i);
        }
      }
    }
  }
  const offsets = new Int32Array(vocabulary.length + 1);
  lists.forEach((list, v) => (offsets[v + 1] = (offsets[v] as number) + list.length));
  const classes = new Int32Array(offsets[vocabulary.length] as number);
  lists.forEach((list, v) => classes.set(list, offsets[v] as number));
  return {
    classCount: works.length,
    vocabulary,
    offsets,
    classes,
    wordings: [...wordings],
    wordingOffsets,
    wordingStems: Int32Array.from(stemsAsked),
  };
}

/**
 * The tables of consecutive shares of the classes, as one table (class indices shifted). Built
 * from the same wordings, they share a vocabulary: the first's is kept.
 * NOTE: the ingest works out the tables' shares on several threads.
 */
export function joinTermTables(parts: readonly WorkTermTable[]): WorkTermTable {
  const first = parts[0];
  if (first === undefined) throw new InvalidOptionError('joinTermTables', 'parts', 'no table');
  if (parts.length === 1) return first;
  const stems = first.vocabulary.length;
  for (const p of parts) {
    if (p.offsets.length !== stems + 1)
      throw new InvalidOptionError('joinTermTables', 'parts', 'tables of different vocabularies');
  }
  const offsets = new Int32Array(stems + 1);
  const classes = new Int32Array(parts.reduce((sum, p) => sum + p.classes.length, 0));
  let at = 0;
  for (let v = 0; v < stems; v++) {
    offsets[v] = at;
    let base = 0;
    for (const p of parts) {
      const end = p.offsets[v + 1] as number;
      for (let j = p.offsets[v] as number; j < end; j++)
        classes[at++] = (p.classes[j] as number) + base;
      base += p.classCount;
    }
  }
  offsets[stems] = at;
  const classCount = parts.reduce((sum, p) => sum + p.classCount, 0);
  return { ...first, classCount, offsets, classes };
}

/** The stem's number in the table (-1: not in its vocabulary), looked up by a kept map. */
const vocabularyIndex = new WeakMap<WorkTermTable, Map<string, number>>();

function stemIndex(table: WorkTermTable, stem: string): number {
  let index = vocabularyIndex.get(table);
  if (index === undefined) {
    index = new Map(table.vocabulary.map((s, v) => [s, v]));
    vocabularyIndex.set(table, index);
  }
  return index.get(stem) ?? -1;
}

/** The wording's number in the table (-1: not one it was built for), looked up by a kept map. */
const wordingIndex = new WeakMap<WorkTermTable, Map<string, number>>();

/** The numbers of the stems `kind` asks for (-1: a stem no wording of the table asks for). */
function stemsAskedBy(kind: string, table: WorkTermTable): Int32Array {
  let index = wordingIndex.get(table);
  if (index === undefined) {
    index = new Map(table.wordings.map((w, r) => [w, r]));
    wordingIndex.set(table, index);
  }
  const r = index.get(kind);
  if (r !== undefined)
    return table.wordingStems.subarray(table.wordingOffsets[r], table.wordingOffsets[r + 1]);
  return Int32Array.from(requirementStems(kind), (stem) => stemIndex(table, stem));
}

/** The classes (indices) whose work shows `stem`. */
export function classesShowing(table: WorkTermTable, stem: string): Int32Array {
  const v = stemIndex(table, stem);
  if (v < 0) return new Int32Array(0);
  return table.classes.subarray(table.offsets[v], table.offsets[v + 1]);
}

/**
 * The specific terms of a requirement's wording, weighted by the table: its stems (see
 * `requirementStems`) that at most a quarter of the classes show, rarest first.
 */
export function specificTermsOf(kind: string, table: WorkTermTable): SpecificTerm[] {
  let byKind = termsCache.get(table);
  if (byKind === undefined) termsCache.set(table, (byKind = new Map()));
  let terms = byKind.get(kind);
  if (terms === undefined) {
    terms = weighTerms(kind, table);
    byKind.set(kind, terms);
  }
  return terms.map((t) => ({ ...t }));
}

const termsCache = new WeakMap<WorkTermTable, Map<string, SpecificTerm[]>>();

/**
 * A requirement's specific terms as numbers of the table's vocabulary, with their weights and the
 * weight of a full match: what the equivalence edges sum over the terms' postings.
 */
export interface SpecificPostings {
  /** Each term's number in the table's vocabulary (-1: not in it, no classes). */
  stems: Int32Array;
  weights: Float64Array;
  /** `fullWeight` of the terms. */
  full: number;
}

/** `specificTermsOf(kind, table)` as `SpecificPostings` (kept per table and wording). */
export function specificPostingsOf(kind: string, table: WorkTermTable): SpecificPostings {
  let byKind = postingsCache.get(table);
  if (byKind === undefined) postingsCache.set(table, (byKind = new Map()));
  let postings = byKind.get(kind);
  if (postings === undefined) {
    const terms = specificTermsOf(kind, table);
    postings = {
      stems: Int32Array.from(terms, (t) => stemIndex(table, t.term)),
      weights: Float64Array.from(terms, (t) => t.weight),
      full: fullWeight(terms, table.classCount),
    };
    byKind.set(kind, postings);
  }
  return postings;
}

const postingsCache = new WeakMap<WorkTermTable, Map<string, SpecificPostings>>();

function weighTerms(kind: string, table: WorkTermTable): SpecificTerm[] {
  const n = table.classCount;
  const terms: SpecificTerm[] = [];
  const stems = stemsAskedBy(kind, table);
  stems.forEach((v, s) => {
    const df = v < 0 ? 0 : (table.offsets[v + 1] as number) - (table.offsets[v] as number);
    if (n >= MIN_CLASSES_FOR_SHARE && df > MAX_SHARE * n) return;
    const term = (v < 0 ? requirementStems(kind)[s] : table.vocabulary[v]) as string;
    terms.push({ term, weight: Math.round(Math.log(1 + n / (1 + df)) * 1000) / 1000 });
  });
  return terms.sort((a, b) => b.weight - a.weight || (a.term < b.term ? -1 : 1));
}

/**
 * How much of what a requirement specifically asks for a class's work shows (0..1): the weight of
 * its terms the work shows over the weight of all of them, where two rare terms' worth is all
 * (so a long list of settings is met by showing some). 1 when the requirement names nothing
 * specific ("professional engineering experience").
 */
export function specificMatch(
  terms: readonly SpecificTerm[],
  shows: (term: string) => boolean,
  classCount: number,
): number {
  if (terms.length === 0) return 1;
  let shown = 0;
  for (const { term, weight } of terms) if (shows(term)) shown += weight;
  return Math.min(1, shown / fullWeight(terms, classCount));
}

/** The weight a class's work must show for a full match of `terms` (see `specificMatch`). */
export function fullWeight(terms: readonly SpecificTerm[], classCount: number): number {
  let total = 0;
  for (const { weight } of terms) total += weight;
  return Math.min(total, enough(classCount));
}

/** Two terms each shown by 2% of the classes: weight enough for a full match. */
function enough(classCount: number): number {
  return 2 * Math.log(1 + classCount / (1 + 0.02 * classCount));
}

/**
 * What a kind score is multiplied by for a specific match `w`: 0.4 when the work shows none of
 * what the requirement names, 1 when it shows it all.
 * NOTE: so a class whose work fits the kind perfectly but names none of the requirement's terms
 * scores 0.4, under both the eligibility threshold (0.5) and an equivalence edge's minimum (0.6).
 */
export function specificFactor(w: number): number {
  return 0.4 + 0.6 * w;
}

/** The requirement's specific terms as the document gives them, else worked out from `table`. */
export function requirementTerms(
  exp: Pick<ExperienceRequirement, 'kind' | 'specific'>,
  table: () => WorkTermTable,
): readonly SpecificTerm[] {
  return exp.specific ?? specificTermsOf(exp.kind, table());
}
