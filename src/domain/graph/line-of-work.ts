// A class's line of work, and whether an experience requirement names it as a job: "experience as
// a medical laboratory technician" is a Medical Laboratory Technician I's, "journey-level
// electrician experience" an Electrician's. Eligibility counts such a class's months, and the
// equivalence edges join it to the requirement's class.
// [Reference] ../shared/PRODUCT.md "experience-equivalence"; build-candidate.ts, build-equivalence-edges.ts.

import { foldSpaces, memoizeText } from '../model/index.ts';
import { parseNumberedTitle } from './parse-numbered-title.ts';
import { parseTitleRank, UNIFORMED_RANKS } from './parse-title-rank.ts';

/**
 * "Medical Laboratory Technician II (Hematology)" → "medical laboratory technician"; a trainee's,
 * apprentice's, junior's or senior's title → its line's ("Senior Accountant", "Electrician
 * Apprentice"). A lead's or supervisor's title is kept whole, and so is one ending in "Assistant"
 * or "Senior" ("Administrative Assistant": "administrative" is no job). Kept per title.
 */
export const lineOfWork: (title: string) => string = memoizeText(lineOfTitle, 20_000);

function lineOfTitle(title: string): string {
  const base = foldSpaces(
    (parseNumberedTitle(title)?.family ?? title.toLowerCase()).replace(/\s*\([^)]*\)/g, ''),
  );
  const ranked = parseTitleRank(base);
  const whole =
    ranked === null ||
    ranked.word === null ||
    ranked.rank > 1 ||
    !(
      base.startsWith(`${ranked.word} `) ||
      ranked.word === 'apprentice' ||
      ranked.word === 'trainee'
    );
  // Hyphens and slashes part words, as in the descriptions read ("sub-foreman", "operator/expediter").
  return foldSpaces((whole ? base : (ranked?.family ?? base)).replace(/[^a-z0-9']+/g, ' '));
}

/** Words that, before a uniformed rank, name no line ("Deputy Captain", "Staff Sergeant"). */
const NOT_A_LINE = /^(?:deputy|staff)$/;

/**
 * Every line a class's work is in: its own (see lineOfWork), and for a uniformed rank (see
 * UNIFORMED_RANKS) the line's officer post ("Police Lieutenant" → "police lieutenant", "police
 * officer"): held after the officer post, a rank's work is still that officer's, as a higher rung
 * does the duties of a lower one. Kept per title.
 */
export const linesOfWork: (title: string) => readonly string[] = memoizeText((title) => {
  const line = lineOfWork(title);
  const ranked = parseTitleRank(line);
  const uniformed =
    ranked !== null &&
    UNIFORMED_RANKS.has(ranked.word ?? '') &&
    line.endsWith(` ${ranked.word}`) &&
    !NOT_A_LINE.test(ranked.family);
  return uniformed ? [line, `${ranked.family} officer`] : [line];
}, 20_000);

/** A line shorter than this ("clerk", "painter") is too loose to name a class by. */
const MIN_LINE = 8;

/** Words before a line that make the job a higher one than the line's own. */
const HIGHER_WORD = /^(?:supervis|senior|lead|chief|head|principal|manag)/;

/** Phrases of up to this many words are read as lines. */
const MAX_LINE_WORDS = 5;

/**
 * Whether an experience description names one of the held class's lines of work as a job: "as a
 * journey level carpenter" is a Carpenter I's, "as a police officer" a Police Sergeant's too; "as a
 * supervising electrician" is not an Electrician's.
 */
export function namesLineOfWork(kind: string, heldTitle: string): boolean {
  const jobs = jobsNamedIn(kind);
  return linesOfWork(heldTitle).some((line) => jobs.has(line));
}

/** The lines of `lines` (line → anything) an experience description names as a job. */
export function linesNamedIn(kind: string, lines: ReadonlyMap<string, unknown>): string[] {
  return [...jobsNamedIn(kind)].filter((line) => lines.has(line));
}

/**
 * Every phrase an experience description names as a job, as a line would read: "as a [two words of
 * kind at most] <line>" (no word of them making the job a higher one) and "<line> experience|work",
 * a plural's "s" also taken off. Kept per description: eligibility asks it of every class held.
 */
const jobsNamedIn = memoizeText((kind: string): ReadonlySet<string> => {
  const words = kind
    .toLowerCase()
    .split(/[^a-z0-9']+/)
    .filter((w) => w !== '');
  const found = new Set<string>();
  const take = (from: number, to: number): void => {
    if (from < 0 || to > words.length || from >= to) return;
    const phrase = words.slice(from, to).join(' ');
    for (const line of [phrase, phrase.replace(/s$/, '')])
      if (line.length >= MIN_LINE) found.add(line);
  };
  words.forEach((word, at) => {
    if (word === 'as' && /^(?:an?|the)$/.test(words[at + 1] ?? ''))
      for (let skip = 0; skip <= 2; skip++) {
        if (skip > 0 && HIGHER_WORD.test(words[at + 1 + skip] ?? '')) break;
        for (let n = 1; n <= MAX_LINE_WORDS; n++) take(at + 2 + skip, at + 2 + skip + n);
      }
    if (word === 'experience' || word === 'work')
      for (let n = 1; n <= MAX_LINE_WORDS; n++) take(at - n, at);
  });
  return found;
}, 20_000);
