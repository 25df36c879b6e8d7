// What an experience requirement asks for beyond its broad kind, and whether a class's own work
// shows it: the requirement's rarer content words ("journey level plumber … apprenticeship in
// plumbing" → plumb, apprentic), each weighted by how few classes' work mentions it (IDF over the
// graph), met by the stems of the class's title, summary and duties.
// [Reference] ../shared/PRODUCT.md "experience-equivalence"; issue 3 "Edges" (match score).
// NOTE: the experience-kind vocabulary says a Mechanical Engineering Technician shows "skilled trades"
// as well as a Plumber does; only the word "plumbing" in the Plumber's duties tells them apart for
// "experience as a journey level plumber". specificMatch gives 0 and 1 there, and the equivalence
// edges and the eligibility rule multiply their kind score by specificFactor(match).

import {
  memoizeText,
  type ExperienceRequirement,
  type JobClass,
  type SpecificTerm,
} from '../model/index.ts';
import { forEachWord, tokenizeKsaText } from '../ksa/tokenize-ksa-text.ts';
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
    sixty half provide provides providing maintain maintains maintaining practice practices`,
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
 * Which classes' work shows each stem of a vocabulary (the requirements' stems): postings in one
 * flat array, stem v's classes at `classes[offsets[v]] … classes[offsets[v + 1] - 1]`, ascending.
 */
export interface WorkTermTable {
  /** How many classes the table was built from. */
  classCount: number;
  vocabulary: string[];
  offsets: Int32Array<ArrayBuffer>;
  classes: Int32Array<ArrayBuffer>;
}

/** `WorkTermTable` of `works`, in their order, for the stems of `vocabulary`. */
export function workTermTable(
  works: readonly ClassWork[],
  vocabulary: readonly string[],
): WorkTermTable {
  const index = new Map(vocabulary.map((stem, v) => [stem, v]));
  const lists: number[][] = vocabulary.map(() => []);
  // The class each stem was last met in: a class is listed once however often it says the word.
  const last = new Int32Array(vocabulary.length).fill(-1);
  // NOTE: each word is looked up once per table (word → the vocabulary's stems it gives), not
  // stemmed anew: the corpus's 3,600 classes' work is 4.7 MB of text in 20,000 distinct words.
  const wordStems = new Map<string, readonly number[]>();
  const NONE: readonly number[] = [];
  works.forEach((work, i) => {
    const visit = (text: string): void => {
      forEachWord(text, (word) => {
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
        for (const v of ids) {
          if (last[v] === i) continue;
          last[v] = i;
          (lists[v] as number[]).push(i);
        }
      });
    };
    visit(work.title);
    visit(work.summary);
    for (const duty of work.duties) visit(duty);
  });
  const offsets = new Int32Array(vocabulary.length + 1);
  lists.forEach((list, v) => (offsets[v + 1] = (offsets[v] as number) + list.length));
  const classes = new Int32Array(offsets[vocabulary.length] as number);
  lists.forEach((list, v) => classes.set(list, offsets[v] as number));
  return { classCount: works.length, vocabulary: [...vocabulary], offsets, classes };
}

/** Every stem the experience requirements of `classes` ask for: the vocabulary of a term table. */
export function requirementVocabulary(classes: readonly JobClass[]): string[] {
  const stems = new Set<string>();
  for (const cls of classes)
    for (const route of cls.qualifications.routes)
      for (const exp of route.experience)
        for (const stem of requirementStems(exp.kind)) stems.add(stem);
  return [...stems];
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

function weighTerms(kind: string, table: WorkTermTable): SpecificTerm[] {
  const n = table.classCount;
  const terms: SpecificTerm[] = [];
  for (const term of requirementStems(kind)) {
    const v = stemIndex(table, term);
    const df = v < 0 ? 0 : (table.offsets[v + 1] as number) - (table.offsets[v] as number);
    if (n >= MIN_CLASSES_FOR_SHARE && df > MAX_SHARE * n) continue;
    terms.push({ term, weight: Math.round(Math.log(1 + n / (1 + df)) * 1000) / 1000 });
  }
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
