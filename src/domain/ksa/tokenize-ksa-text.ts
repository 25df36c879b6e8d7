// KSA wording → the stems of its content words, in order: the unit both the competency index and
// the statements are compared in. Folds case, British spellings, split compounds and stop words.
// [Reference] stem-word.ts for the stemming rules.

import { stemWord } from './stem-word.ts';

/** Function words and wording that says nothing about the competency itself. */
const STOP_WORDS: ReadonlySet<string> = new Set(
  `a an the and or nor of to in on for with by as at from into onto upon about than then that this these those
  its it their his her our your they them he she we you i be is are was were been being has have had do does
  such so any all each every other both either neither some same own very well also etc eg ie i.e e.g
  not no which who whom whose what when where while how may might must shall should will would can could
  including include includes included related relating relative pertaining pertinent applicable appropriate
  various variety wide range one's one`
    .split(/\s+/)
    .filter((w) => w !== ''),
);

/** Spellings and compounds folded before stemming ("healthcare" → "health care"). */
const REWRITES: ReadonlyMap<string, string> = new Map([
  ['healthcare', 'health care'],
  ['casework', 'case work'],
  ['caseworker', 'case worker'],
  ['caseworkers', 'case workers'],
  ['caseload', 'case load'],
  ['caseloads', 'case loads'],
  ['casemanagement', 'case management'],
  ['behaviour', 'behavior'],
  ['behaviours', 'behaviors'],
  ['behavioural', 'behavioral'],
  ['labour', 'labor'],
  ['counselling', 'counseling'],
  ['programme', 'program'],
  ['programmes', 'programs'],
  ['decisionmaking', 'decision making'],
  ['problemsolving', 'problem solving'],
  ['email', 'e mail'],
  ['spreadsheets', 'spreadsheet'],
  ['wordprocessing', 'word processing'],
  ['ms', 'microsoft'],
]);

/** Each word's stems (none for a stop word, two for a split compound), filled as words are met. */
const wordCache = new Map<string, readonly string[]>();

function stemsOf(word: string): readonly string[] {
  let stems = wordCache.get(word);
  if (stems === undefined) {
    if (STOP_WORDS.has(word)) stems = [];
    else {
      const rewritten = REWRITES.get(word);
      stems =
        rewritten === undefined
          ? [stemWord(word)]
          : rewritten
              .split(' ')
              .filter((part) => !STOP_WORDS.has(part))
              .map(stemWord);
    }
    wordCache.set(word, stems);
  }
  return stems;
}

/** True for a word the index ignores. */
export function isKsaStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

const POSSESSIVE = /['\u2018\u2019\u02bc`]s\b/g;

/**
 * Each word of `text` in order: its runs of a–z and 0–9 once lowercased, a possessive 's dropped.
 * NOTE: found by char code rather than by a regular expression (no match array per word): this
 * runs on every KSA statement of a corpus.
 */
function forEachWord(text: string, visit: (word: string) => void): void {
  const lower = text.toLowerCase().replace(POSSESSIVE, '');
  let start = -1;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 0;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      visit(lower.slice(start, i));
      start = -1;
    }
  }
}

/**
 * Splits KSA wording into stemmed content words, in order.
 * NOTE: hyphens, slashes and apostrophes separate words, so "decision-making" → ["decis", "mak"]
 * and "social-human services" → ["soci", "human", "servic"]; a possessive 's is dropped.
 */
export function tokenizeKsaText(text: string): string[] {
  const out: string[] = [];
  forEachWord(text, (word) => {
    for (const stem of stemsOf(word)) out.push(stem);
  });
  return out;
}

/** Stem → its number, given in the order stems are first met. */
const stemIds = new Map<string, number>();

/**
 * The number standing for `stem`: the same stem always gets the same number, another stem another.
 * The competency matcher compares these, not the strings.
 */
export function ksaStemId(stem: string): number {
  let id = stemIds.get(stem);
  if (id === undefined) {
    id = stemIds.size;
    stemIds.set(stem, id);
  }
  return id;
}

/** Each word's stem numbers, filled as words are met. */
const wordIds = new Map<string, readonly number[]>();

/** `tokenizeKsaText(text)` with each stem given as its `ksaStemId`: the competency matcher's input. */
export function tokenizeKsaIds(text: string): number[] {
  const out: number[] = [];
  forEachWord(text, (word) => {
    let ids = wordIds.get(word);
    if (ids === undefined) {
      ids = stemsOf(word).map(ksaStemId);
      wordIds.set(word, ids);
    }
    for (const id of ids) out.push(id);
  });
  return out;
}
