// Qualification text → sentences, keeping parenthesised and bracketed asides ("(Additional
// qualifying experience may be substituted …)") as sentences of their own, and the "and"/"or" that
// joins one sentence to the next ("… grade. and Education: …", "… III. or Two years …").
// [Reference] the CalHR and SUCSS minimum-qualification texts (../shared/corpus).

import { foldSpaces, memoizeText } from '../model/index.ts';

export interface Sentence {
  text: string;
  /** Offset of the sentence's first character in the split text. */
  index: number;
  /** The connector that joined it to the sentence before ("… Range B. or Two years …" → 'or'). */
  lead: 'and' | 'or' | null;
}

const ABBREVIATION =
  /(?:^|[\s(])(?:e\.g|i\.e|etc|u\.s|ph\.d|st|no|dr|mr|mrs|ms|inc|co|jr|sr|vs|approx|dept|sec|nos|[A-Z]\.[A-Z])$/i;
/** "U. S." up to its last period; and what follows the first period of it (" S."). */
const INITIALS_BEFORE = /(?:^|\s)[A-Z]\.\s[A-Z]\.$/;
const INITIAL_AFTER = /^\s[A-Z]\.(?:\s|$)/;
const LIST_AFTER_COLON = /^\s+(?:\d{1,2}|[a-h])[.)]\s+\S/;
const NEXT_STARTS = /^\s+(?:(and|or)\s+)?(?=[A-Z(["*“\d])/;

/** Text cleaned of extraction artefacts that every qualification phrase would otherwise trip on. */
export function normalizeQualificationText(text: string): string {
  return normalizedText(text);
}

// NOTE: the outline and then each group normalise the same lines again ("Experience: Two years
// …" is cleaned when the outline is read and when its sentences are placed): kept for a while.
const normalizedText = memoizeText(normalize, 50_000);

// Any character one of the artefact passes below acts on (or "- " of "year- for-year").
const ARTEFACT = /[\uFFFD\u00A0\u2007\u202F~*<‘’“”–—]|-\s/;

// NOTE: most lines carry no artefact ("Two years of experience …") and only have their spacing
// folded; the artefact passes run only when one of their characters is there.
function normalize(text: string): string {
  if (!ARTEFACT.test(text)) return foldSpaces(text);
  return (
    text
      // U+FFFD stands for a lost non-breaking space in the CalHR pages: "Supervisor�III".
      .replace(/[\uFFFD\u00A0\u2007\u202F]/g, ' ')
      .replace(/~~[^~]*~~/g, ' ')
      .replace(/\*\*(?=\S)|(?<=\S)\*\*/g, ' ')
      // Footnote marks on a word: "Bachelor's Degree* in Social Work".
      .replace(/(?<=[\w'.)])\*+/g, '')
      .replace(/<\/?u>/gi, '')
      .replace(/[‘’]/g, "'")
      .replace(/[“”]/g, '"')
      .replace(/[–—]/g, '-')
      .replace(/year-\s+for-year/gi, 'year-for-year')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** Splits text into sentences. Never throws; an empty text gives no sentences. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let depth = 0;
  let start = 0;
  let lead: 'and' | 'or' | null = null;
  let openedAtStart = false;

  const push = (end: number): void => {
    const raw = text.slice(start, end);
    const trimmed = raw.trim();
    if (trimmed !== '') {
      out.push({ text: trimmed, index: start + raw.indexOf(trimmed), lead });
    }
  };

  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(' || ch === '[') {
      // An aside that opens after a finished sentence is a sentence of its own.
      const before = text.slice(start, i).trim();
      if (depth === 0 && before !== '' && /[.!?)\]]$/.test(before)) {
        push(i);
        start = i;
        lead = null;
        openedAtStart = true;
      } else if (depth === 0 && before === '') {
        openedAtStart = true;
      }
      depth++;
      continue;
    }
    if (ch === ')' || ch === ']') {
      depth = Math.max(0, depth - 1);
      if (depth === 0 && openedAtStart) {
        const next = NEXT_STARTS.exec(text.slice(i + 1));
        const body = text.slice(start, i).trim();
        if (next !== null && /[.!?]$/.test(body)) {
          push(i + 1);
          lead = (next[1]?.toLowerCase() as 'and' | 'or' | undefined) ?? null;
          start = i + 1 + next[0].length;
          openedAtStart = false;
        }
      }
      continue;
    }
    if (depth > 0) continue;
    // "… the following: 1. Sale or exchange …": an inline list starts a sentence per item.
    if (ch === ':' && LIST_AFTER_COLON.test(text.slice(i + 1))) {
      push(i + 1);
      lead = null;
      start = i + 1;
      continue;
    }
    if (ch !== '.' && ch !== '?' && ch !== '!') continue;
    const word = /[\w.]*$/.exec(text.slice(Math.max(0, i - 12), i))?.[0] ?? '';
    if (ABBREVIATION.test(` ${word}`)) continue;
    // Spaced initials are one word: "applied for U. S. Citizenship" is one sentence, not three.
    if (INITIALS_BEFORE.test(text.slice(Math.max(0, i - 4), i + 1))) continue;
    if (/(?:^|\s)[A-Z]$/.test(text.slice(Math.max(0, i - 2), i)) && INITIAL_AFTER.test(text.slice(i + 1, i + 5))) continue;
    // The period of a list marker ("2. Managing …") ends nothing.
    if (/(?:^|\s)(?:\d{1,2}|[a-hA-H])$/.test(text.slice(Math.max(0, i - 3), i)) && /(?:^|[.;:]\s*|\s(?:or|and)\s*)$/i.test(text.slice(start, i - 2).trim() === '' ? '' : text.slice(Math.max(start, i - 12), i - 2))) continue;
    let j = i + 1;
    while (j < text.length && /["')\]]/.test(text[j] ?? '')) j++;
    const rest = text.slice(j);
    if (rest.trim() === '') continue;
    const next = NEXT_STARTS.exec(rest);
    if (next === null) continue;
    push(j);
    lead = (next[1]?.toLowerCase() as 'and' | 'or' | undefined) ?? null;
    start = j + next[0].length;
    openedAtStart = false;
  }
  push(text.length);
  return out;
}
