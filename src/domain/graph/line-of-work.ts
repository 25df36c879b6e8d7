// A class's line of work, and whether an experience requirement names it as a job: "experience as
// a medical laboratory technician" is a Medical Laboratory Technician I's, "journey-level
// electrician experience" an Electrician's. Eligibility counts such a class's months, and the
// equivalence edges join it to the requirement's class.
// [Reference] ../shared/PRODUCT.md "experience-equivalence"; build-candidate.ts, build-equivalence-edges.ts.

import { foldSpaces, memoizeText } from '../model/index.ts';
import { parseNumberedTitle } from './parse-numbered-title.ts';
import { parseTitleRank } from './parse-title-rank.ts';

/**
 * "Medical Laboratory Technician II (Hematology)" → "medical laboratory technician"; a trainee's,
 * apprentice's, junior's or senior's title → its line's ("Senior Accountant", "Electrician
 * Apprentice"). A lead's or supervisor's title is kept whole, and so is one ending in "Assistant"
 * or "Senior" ("Administrative Assistant": "administrative" is no job).
 */
export function lineOfWork(title: string): string {
  return linesOfTitles(title);
}

const linesOfTitles = memoizeText(lineOfTitle, 20_000);

function lineOfTitle(title: string): string {
  const base = foldSpaces(
    (parseNumberedTitle(title)?.family ?? title.toLowerCase()).replace(/\s*\([^)]*\)/g, ''),
  );
  const ranked = parseTitleRank(base);
  if (ranked === null || ranked.word === null || ranked.rank > 1) return base;
  const prefix = base.startsWith(`${ranked.word} `);
  return prefix || ranked.word === 'apprentice' || ranked.word === 'trainee' ? ranked.family : base;
}

/** A line shorter than this ("clerk", "painter") is too loose to name a class by. */
const MIN_LINE = 8;

/** Words before a line that make the job a higher one than the line's own. */
const HIGHER = 'supervis|senior|lead|chief|head|principal|manag';

const HIGHER_WORD = new RegExp(`^(?:${HIGHER})`);

const lineOfWorkPatterns = new Map<string, RegExp | null>();

/**
 * Whether an experience description names the held class's line of work as a job: "as a journey
 * level carpenter" is a Carpenter I's; "as a supervising electrician" is not an Electrician's.
 */
export function namesLineOfWork(kind: string, heldTitle: string): boolean {
  const line = lineOfWork(heldTitle);
  let pattern = lineOfWorkPatterns.get(line);
  if (pattern === undefined) {
    const escaped = line.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[\\s-]+');
    pattern =
      line.length < MIN_LINE
        ? null
        : new RegExp(
            `\\bas (?:an?|the) (?:(?!${HIGHER})[\\w-]+ ){0,2}${escaped}s?\\b|\\b${escaped}s? (?:experience|work)\\b`,
            'i',
          );
    lineOfWorkPatterns.set(line, pattern);
  }
  return pattern !== null && pattern.test(kind);
}

/** Phrases of up to this many words are looked up as lines. */
const MAX_LINE_WORDS = 5;

/**
 * The lines of `lines` (line → anything) an experience description names as a job, read as
 * `namesLineOfWork` reads one: what a "police officer" line's classes are looked up by.
 */
export function linesNamedIn(kind: string, lines: ReadonlyMap<string, unknown>): string[] {
  const words = kind
    .toLowerCase()
    .split(/[^a-z0-9'-]+/)
    .filter((w) => w !== '');
  const found = new Set<string>();
  const starts = firstWordsOf(lines);
  const look = (from: number, to: number): void => {
    if (from < 0 || to > words.length || from >= to || !starts.has(words[from] as string)) return;
    const phrase = words.slice(from, to).join(' ');
    for (const line of [phrase, phrase.replace(/s$/, '')])
      if (line.length >= MIN_LINE && lines.has(line)) found.add(line);
  };
  words.forEach((word, at) => {
    // "as a [two modifiers at most] <line>" and "<line> experience|work".
    if (word === 'as' && /^(?:an?|the)$/.test(words[at + 1] ?? ''))
      for (let skip = 0; skip <= 2; skip++) {
        // A word of kind before the line may not make the job a higher one.
        if (skip > 0 && HIGHER_WORD.test(words[at + 1 + skip] ?? '')) break;
        for (let n = 1; n <= MAX_LINE_WORDS; n++) look(at + 2 + skip, at + 2 + skip + n);
      }
    if (word === 'experience' || word === 'work')
      for (let n = 1; n <= MAX_LINE_WORDS; n++) look(at - n, at);
  });
  return [...found];
}

const firstWords = new WeakMap<ReadonlyMap<string, unknown>, ReadonlySet<string>>();

/** The first words of the lines: a phrase starting with another word names none of them. */
function firstWordsOf(lines: ReadonlyMap<string, unknown>): ReadonlySet<string> {
  let words = firstWords.get(lines);
  if (words === undefined) {
    words = new Set([...lines.keys()].map((line) => line.split(' ')[0] as string));
    firstWords.set(lines, words);
  }
  return words;
}
