// The lines of a minimum-qualifications section → an outline of alternatives and conjunctions:
// "Either I / Or II" (CalHR), "(A) … or (B) …", "Either: (a) …; or (b) …", numbered lists whose items
// are ANDed with lettered alternatives inside ("1. A. … OR B. … 2. …", SUCSS). Headings, labels
// ("Education:", "SUBSTITUTION:"), footnotes and notes are recognised and set apart.
// [Reference] ../shared/PRODUCT.md, "Minimum qualifications as rules"; the five seeds; CalHR corpus.

import type { SourceLine } from '../model/index.ts';
import { findDurations } from './parse-months.ts';
import { normalizeQualificationText } from './split-sentences.ts';

/** What a line's label says its text is. */
export type Section = 'requirement' | 'substitution' | 'note' | 'special';

/** One piece of text in the outline: a line, or part of one split at an inline marker. */
export interface Piece {
  text: string;
  line: number | null;
  section: Section;
  /** "… III. or" → 'or'; "… duties. and" → 'and'. */
  trail: 'and' | 'or' | null;
  /** "or 2. Three years …" → 'or'. */
  lead: 'and' | 'or' | null;
}

export type MarkerLevel = 1 | 2 | 3;

interface Item extends Piece {
  /** 1 roman (Either I / Or II), 2 number (1.), 3 letter ((a), A.); 0 none. */
  level: MarkerLevel | 0;
  key: string | null;
  label: string | null;
  /** A standalone "OR" / "AND" line. */
  separator: 'and' | 'or' | null;
  /** "Either:" / "Experience: Either" with nothing after it: the items that follow are alternatives. */
  either: boolean;
}

export interface GroupNode {
  type: 'and' | 'or';
  children: { key: string | null; label: string | null; node: OutlineNode }[];
  /** "Any one or combination totaling three (3) years (36 months) from the categories below". */
  pooledMonths?: number;
}

export type OutlineNode = { type: 'leaf'; pieces: Piece[] } | GroupNode;

export interface Outline {
  root: OutlineNode;
  /**
   * Headings and notes set apart from the requirements (kept, not reported). A `title` is the
   * section's own title or a page header ("MINIMUM QUALIFICATIONS:"): structure, not a note.
   */
  notes: { text: string; line: number | null; kind: 'title' | 'heading' | 'note' | 'definition' }[];
  /** Footnote definitions: "**A "human service field" includes social work, psychology, …". */
  definitions: { term: string; includes: string[]; line: number | null }[];
}

const ROMAN = '(?:VIII|VII|VI|IV|IX|V|III|II|I|viii|vii|vi|iv|ix|v|iii|ii|i|Vi|Iii|Ii)';
const ROMAN_MARKER = new RegExp(
  `^(Either|EITHER|Or|OR|or)\\s+(?:Pattern\\s+)?(${ROMAN})(?=$|[\\s:.,]|[A-Z]|(?:one|two|three|four|five|six|twelve|eighteen)\\b)\\.?:?\\s*`,
);
const NUMBER_MARKER = /^(\d{1,2})[.)]\s+(?=\S)/;
const LETTER_MARKER = /^(?:\(([A-Ha-h])\)|([A-Ha-h])[.)](?=\s))\s*/;
const SEPARATOR = /^(or|and)[.:;,]?$/i;
// NOTE: only a connector after punctuation joins alternatives ("… III. or", "… services): or");
// "… housing, and" at the end of a wrapped line is the sentence going on.
const TRAIL = /(?<=[.;:)\]])\s*(or|and)\s*[.:;,]?$/i;
const LEAD = /^(or|and)\s+(?=\S)/i;
// "Either:", "Experience: Either", "In the California state service, either:" — an introduction.
const EITHER_ONLY = /^(?:(?:experience|education|training|requirements?)\s*:\s*)?either\b[^.]*?:?$|^[^.;]{0,60}\beither\s*:?$/i;
const LABEL_START = /^(?:education|experience|licen[cs]e(?: requirements?)?|licensure|certification|credential requirements?)\s*:/i;

const HEADING_PREFIX =
  /^(?:minimum\s+(?:acceptable\s+)?(?:qualifications?|training and experience|requirements?|education and experience)(?:\s+required for entry into)?|desirable requirements|desirable qualifications|credentials to be verified by placement officer|qualifications|education and experience|all levels|both levels|all classes|all classifications|entry level|requirements)\b[^:]{0,60}?:\s*/i;
const HEADING_LINE =
  /^(?:minimum\s+(?:acceptable\s+)?(?:qualifications?|training and experience|requirements?)(?:\s+(?:required\s+)?for\b.*|\s*[*:]*)|credentials to be verified by placement officer|desirable requirements:?|education and experience:?|level\s+[ivx]+\b.*|qualifications:?|all levels:?|both levels:?|all classes:?|entry level:?|experience|education)$/i;
const LABEL =
  /^(education|experience|experience requirements?|training(?: and experience)?|licen[cs]es?(?:\s+requirements?)?|licenses?,[^:]*|licensure|certifications?|credential requirements?|registration|special requirements?|substitutions?|special note|note|notes|important note|please note)\s*(?:\*+\s*)?:\s*/i;
const NOTE_LINE =
  /^(?:based on (?:institutional|position)|credentials to be verified|the following (?:education|educational requirement)|the following (?:minimum qualifications|backgrounds?|requirements) (?:is|are) (?:required|part of)|consistent with the americans with disabilities act|\(?see (?:the )?individual parentheticals|experience applicable to (?:one|any) of the following patterns|experience applicable to one of the following|qualifying experience may be combined|applicants (?:who|must|will|meeting)|candidates (?:who|must|will)|individuals who|students who|promotional candidates|registration as a senior|in appraising experience|only experience|the pertinent experience|see (?:the )?(?:class|bulletin))/i;
/** The section's own title, and nothing more: "MINIMUM QUALIFICATIONS*:", "Minimum Acceptable Training and Experience:". */
const SECTION_TITLE =
  /^(?:minimum\s+(?:acceptable\s+)?(?:qualifications?|training and experience|requirements?|education and experience)|qualifications|requirements|education and experience)\s*[*:]*$/i;
const PAGE_HEADER = /^[A-Z][A-Z0-9 ,'&()/-]{3,}\s+Page\s+\d+$/;

function classifyLabel(label: string): Section {
  const l = label.toLowerCase();
  if (l.startsWith('substitution')) return 'substitution';
  if (l.includes('note')) return 'note';
  if (l.startsWith('special requirement') || l.startsWith('licenses,')) return 'special';
  return 'requirement';
}

// NOTE: a short line of capitalised words with no sentence punctuation is a heading (the class
// title in a series page: "Staff Services Manager I"), not a requirement.
function isTitleHeading(text: string): boolean {
  // "Education: Either" opens a list of routes.
  if (/[.;:]$/.test(text) || text.length > 90 || EITHER_ONLY.test(text)) return false;
  if (/\b(?:experience|possession|graduation|degree|years?|months?|equivalent|license|completion)\b/i.test(text)) return false;
  const words = text.replace(/\([^)]*\)/g, ' ').split(/[\s,]+/).filter((w) => w !== '');
  if (words.length === 0 || words.length > 10) return false;
  const small = /^(?:of|and|the|in|for|to|a|an|on|at|&|-|or|with|de)$/;
  return words.filter((w) => !small.test(w)).every((w) => /^[A-Z0-9(/]/.test(w));
}

interface Raw {
  text: string;
  line: number | null;
}

function splitInline(text: string): { text: string; trail: 'and' | 'or' | null }[] {
  // "… twelfth grade. and Either I Experience: …" → two pieces.
  const roman = /\s(?:(and|or)\s+)?(?=(?:Either|EITHER)\s+(?:Pattern\s+)?I\b)/.exec(text);
  if (roman !== null && roman.index > 0) {
    const before = text.slice(0, roman.index);
    const after = text.slice(roman.index + roman[0].length);
    return [{ text: before, trail: (roman[1]?.toLowerCase() as 'and' | 'or' | undefined) ?? null }, ...splitInline(after)];
  }
  // "Experience: Either 1. Two years …; or" → the introduction, then the first numbered item.
  const eitherFirst = /^((?:(?:Education|Experience)\s*:?\s*)?(?:Either|EITHER))\s+(?=1[.)]\s)/.exec(text);
  if (eitherFirst !== null) {
    return [{ text: eitherFirst[1] as string, trail: null }, ...splitInline(text.slice(eitherFirst[0].length))];
  }
  // "… (Geographic Information Systems). Or II Experience: …" → the next pattern starts a piece.
  const nextRoman = /(?<=[.)\]])\s+(?=(?:Or|OR)\s+(?:Pattern\s+)?(?:II|III|IV|VI|V)\b)/.exec(text);
  if (nextRoman !== null) {
    return [{ text: text.slice(0, nextRoman.index), trail: null }, ...splitInline(text.slice(nextRoman.index + nextRoman[0].length))];
  }
  // "Either: (a) …; or (b) …" → one piece per letter, when the text before (a) only introduces them.
  for (const [a, b] of [
    ['(a)', '(b)'],
    ['(A)', '(B)'],
  ] as const) {
    const ia = text.indexOf(a);
    const ib = text.indexOf(b);
    if (ia < 0 || ib < ia) continue;
    const prefix = text.slice(0, ia).trim();
    const intro = prefix === '' || /(?:^|\b)either\s*:?$/i.test(prefix) || /:$/.test(prefix);
    if (!intro || /substitut|basis of|being equivalent/i.test(text.slice(0, ib))) continue;
    const letters = a === '(a)' ? 'abcdefgh' : 'ABCDEFGH';
    const parts: { text: string; trail: 'and' | 'or' | null }[] = [];
    if (prefix !== '') parts.push({ text: prefix, trail: null });
    let pos = ia;
    for (let k = 1; k <= letters.length; k++) {
      const nextMarker = `(${letters[k] ?? ''})`;
      const ni = k < letters.length ? text.indexOf(nextMarker, pos + 3) : -1;
      const chunk = ni < 0 ? text.slice(pos) : text.slice(pos, ni);
      const t = /[;,]?\s*(or|and)\s*$/i.exec(chunk);
      parts.push({
        text: t === null ? chunk.trim() : chunk.slice(0, t.index).trim(),
        trail: (t?.[1]?.toLowerCase() as 'and' | 'or' | undefined) ?? null,
      });
      if (ni < 0) break;
      pos = ni;
    }
    return parts;
  }
  // "… appointment.) and Experience: Either" / "4. … service. and Education: Graduation …": a new
  // labelled requirement joined on with "and" is a piece of its own.
  const labelled = /(?<=[.)\]])\s+(and|or)\s+(?=(?:Education|Experience|Licen[cs]e(?: Requirements?)?|Licensure|Certification)\s*:)/.exec(text);
  if (labelled !== null) {
    return [
      { text: text.slice(0, labelled.index), trail: (labelled[1]?.toLowerCase() as 'and' | 'or') ?? null },
      ...splitInline(text.slice(labelled.index + labelled[0].length)),
    ];
  }
  // "…; Or 2. One year of …" → two pieces.
  const numbered = /[;,.]\s+(or|and)\s+(?=\d\.\s)/i.exec(text);
  if (numbered !== null) {
    return [
      { text: text.slice(0, numbered.index + 1), trail: (numbered[1]?.toLowerCase() as 'and' | 'or') ?? null },
      ...splitInline(text.slice(numbered.index + numbered[0].length)),
    ];
  }
  return [{ text, trail: null }];
}

function toItems(raw: Raw, section: Section, trailIn: 'and' | 'or' | null): Item[] {
  let text = raw.text;
  const items: Item[] = [];
  let lead: 'and' | 'or' | null = null;
  const leadMatch = LEAD.exec(text);
  if (leadMatch !== null && !ROMAN_MARKER.test(text)) {
    lead = leadMatch[1]?.toLowerCase() as 'and' | 'or';
    text = text.slice(leadMatch[0].length);
  }
  text = text.replace(/^[-•·*]\s+/, '');
  const sep = SEPARATOR.exec(text);
  if (sep !== null) {
    return [{ text: '', line: raw.line, section, trail: null, lead: null, level: 0, key: null, label: null, separator: sep[1]?.toLowerCase() as 'and' | 'or', either: false }];
  }
  const push = (level: MarkerLevel | 0, key: string | null, label: string | null, body: string): void => {
    items.push({ text: body, line: raw.line, section, trail: null, lead, level, key, label, separator: null, either: false });
    lead = null;
  };
  const roman = ROMAN_MARKER.exec(text);
  if (roman !== null) {
    const key = (roman[2] ?? '').toUpperCase();
    push(1, key, `${roman[1] === 'Either' || roman[1] === 'EITHER' ? 'Either' : 'Or'} ${key}`, '');
    text = text.slice(roman[0].length);
  }
  const num = NUMBER_MARKER.exec(text);
  if (num !== null) {
    push(2, num[1] ?? null, `${num[1] ?? ''}.`, '');
    text = text.slice(num[0].length).replace(/^[-•]\s+/, '');
  }
  const letter = LETTER_MARKER.exec(text);
  if (letter !== null) {
    const key = letter[1] ?? letter[2] ?? '';
    push(3, key, letter[1] !== undefined ? `(${key})` : `${key}.`, '');
    text = text.slice(letter[0].length);
  }
  const trail = TRAIL.exec(text);
  let trailOut: 'and' | 'or' | null = trailIn;
  if (trail !== null && trail.index > 0) {
    trailOut = trail[1]?.toLowerCase() as 'and' | 'or';
    text = text.slice(0, trail.index);
  }
  text = text.trim();
  const last = items[items.length - 1];
  if (last !== undefined && last.text === '') {
    last.text = text;
    last.trail = trailOut;
  } else {
    items.push({ text, line: raw.line, section, trail: trailOut, lead, level: 0, key: null, label: null, separator: null, either: false });
  }
  const final = items[items.length - 1];
  if (final !== undefined && final.level !== 0 && EITHER_ONLY.test(final.text)) final.either = true;
  if (final !== undefined && final.level === 0 && EITHER_ONLY.test(final.text) && final.text !== '') final.either = true;
  return items;
}

function endsOpen(text: string): boolean {
  return text !== '' && !/[.;:!?)\]"]$/.test(text);
}

function lineItems(lines: SourceLine[], outline: Outline): Item[] {
  const items: Item[] = [];
  let noteOpen = false;
  for (const l of lines) {
    const rawText = l.text;
    const footnote = /^\s*\*/.test(rawText);
    let text = normalizeQualificationText(rawText);
    if (text === '' || PAGE_HEADER.test(text)) {
      if (text !== '') outline.notes.push({ text, line: l.line, kind: 'title' });
      continue;
    }
    const prev = items[items.length - 1];
    // A wrapped line continues the one before it: "… two (2) years of experience" + "in providing …".
    const marker = ROMAN_MARKER.test(text) || NUMBER_MARKER.test(text.replace(/^[-•]\s+/, '')) || LETTER_MARKER.test(text.replace(/^[-•]\s+/, '')) || SEPARATOR.test(text);
    // A conversion row ("30 semester hours equals one (1) year (12 months)") is a line of its own.
    const row = /\bequals?\b/i.test(text) && findDurations(text).length > 0;
    if (!footnote && !marker && !row && !LABEL.test(text) && prev !== undefined && prev.separator === null && prev.trail === null && endsOpen(prev.text) && !isTitleHeading(text)) {
      const joined = `${prev.text} ${text}`;
      const trail = TRAIL.exec(joined);
      if (trail !== null) {
        prev.trail = trail[1]?.toLowerCase() as 'and' | 'or';
        prev.text = joined.slice(0, trail.index).trim();
      } else {
        prev.text = joined;
      }
      continue;
    }
    if (footnote) {
      const def = /"([^"]+)"\s+(?:includes?|means|is defined as|refers to)\s+(.+)$/i.exec(text);
      if (def?.[1] !== undefined && def[2] !== undefined) {
        const includes = def[2]
          .replace(/\.$/, '')
          .split(/,\s*(?:and\s+|or\s+)?/)
          .flatMap((s) => s.split(/\s+or\s+/))
          .map((s) => s.trim().toLowerCase())
          .filter((s) => s !== '');
        outline.definitions.push({ term: def[1].toLowerCase(), includes, line: l.line });
        outline.notes.push({ text, line: l.line, kind: 'definition' });
      } else {
        outline.notes.push({ text, line: l.line, kind: 'note' });
      }
      noteOpen = true;
      continue;
    }
    if (noteOpen && !marker && !LABEL.test(text) && /^[a-z]/.test(text)) {
      const lastNote = outline.notes[outline.notes.length - 1];
      if (lastNote !== undefined) lastNote.text = `${lastNote.text} ${text}`;
      continue;
    }
    noteOpen = false;
    if (HEADING_LINE.test(text) && !/\.\s/.test(text)) {
      outline.notes.push({ text, line: l.line, kind: SECTION_TITLE.test(text) ? 'title' : 'heading' });
      continue;
    }
    const heading = HEADING_PREFIX.exec(text);
    if (heading !== null) {
      const title = heading[0].trim();
      outline.notes.push({ text: title, line: l.line, kind: SECTION_TITLE.test(title) ? 'title' : 'heading' });
      text = text.slice(heading[0].length).trim();
      if (text === '' || /^level\s+[ivx]+\b/i.test(text)) continue;
    }
    let section: Section = 'requirement';
    const label = LABEL.exec(text);
    if (label?.[1] !== undefined) {
      section = classifyLabel(label[1]);
      if (section === 'note') {
        outline.notes.push({ text, line: l.line, kind: 'note' });
        noteOpen = true;
        continue;
      }
    }
    if (section === 'requirement' && NOTE_LINE.test(text)) {
      outline.notes.push({ text, line: l.line, kind: 'note' });
      continue;
    }
    if (section === 'requirement' && isTitleHeading(text) && !marker) {
      outline.notes.push({ text, line: l.line, kind: 'heading' });
      continue;
    }
    for (const part of splitInline(text)) {
      items.push(...toItems({ text: part.text, line: l.line }, section, part.trail));
    }
  }
  return items.filter((it) => it.text !== '' || it.level !== 0 || it.separator !== null);
}

function asPieces(items: Item[]): Piece[] {
  return items
    .filter((it) => it.separator === null || it.separator === 'or')
    .map((it) =>
      it.separator === 'or'
        ? { text: '', line: it.line, section: it.section, trail: 'or' as const, lead: null }
        : { text: it.text, line: it.line, section: it.section, trail: it.trail, lead: it.lead },
    );
}

const DEGREE = /\b(?:degree|bachelor|master|doctor|graduation|college|high school|grade|license|certificate|credential)\b/i;
const SCHOOLING = /^education\b|\b(?:degree|bachelor'?s|master'?s|doctorate|graduation from|semester (?:hours|units)|curriculum)\b/i;
const POOLED = /\bany (?:one or (?:any )?)?combination\b[^.]*?\btotal(?:l)?ing\b/i;
const ALTERNATIVES_INTRO = /\beither\b|\bone of the following\b|\bany (?:one )?of the following\b/i;

/**
 * True when a list asks for schooling or credentials only, no months of anything: "Either I
 * Education: a Bachelor's … in chemistry Or II Education: … in a scientific discipline" before a
 * class's own "Either I Experience: …" list is asked with it, not instead of it.
 */
function educationOnly(list: readonly Item[]): boolean {
  const texts = list.filter((it) => it.separator === null && it.text !== '' && !/^\(.*\)$/.test(it.text));
  return (
    texts.length > 0 &&
    texts.every((it) => SCHOOLING.test(it.text) && findDurations(it.text).length === 0)
  );
}

/** True when what comes before item `i` ends with "and": a standalone "AND" line, or a trailing "and". */
function isAndBefore(items: readonly Item[], i: number): boolean {
  const before = items[i - 1];
  return before !== undefined && (before.separator === 'and' || (before.separator === null && before.trail === 'and') || items[i]?.lead === 'and');
}

function build(items: Item[]): OutlineNode {
  const levels = items.filter((it) => it.level !== 0).map((it) => it.level);
  if (levels.length === 0) return { type: 'leaf', pieces: asPieces(items) };
  const level = Math.min(...levels) as MarkerLevel;
  const first = items.findIndex((it) => it.level === level);
  // "Experience: Either 1. … or 3. … and Education: Either 1. … or 2. …": a label introducing a
  // list ("Education: Either") that starts again at its first key begins a second list, which
  // every item of the first goes with. So does a list starting again at its first key after "and"
  // ("Education: Required for all levels. Either I … Or III", "AND", the class's own "Either I …
  // Or III"), or after a roman-numbered list of schooling alone.
  const firstKey = items[first]?.key;
  const restart = items.findIndex(
    (it, i) =>
      i > first &&
      ((it.level === 0 &&
        LABEL_START.test(it.text) &&
        /:\s*(?:either\s*:?)?$/i.test(it.text) &&
        items.slice(i + 1).find((next) => next.level !== 0)?.level === level &&
        items.slice(i + 1).find((next) => next.level !== 0)?.key === firstKey) ||
        (it.level === level &&
          it.key === firstKey &&
          (isAndBefore(items, i) || (level === 1 && educationOnly(items.slice(first, i)))))),
  );
  if (restart > 0) {
    return {
      type: 'and',
      children: [
        { key: null, label: null, node: build(items.slice(0, restart)) },
        { key: null, label: null, node: build(items.slice(restart)) },
      ],
    };
  }
  const preamble = items.slice(0, first);
  const segments: Item[][] = [];
  for (const it of items.slice(first)) {
    if (it.level === level) segments.push([it]);
    else segments[segments.length - 1]?.push(it);
  }
  // Connectors between the segments decide AND or OR.
  let or = 0;
  let and = 0;
  segments.forEach((seg, i) => {
    const firstItem = seg[0];
    if (firstItem?.lead === 'or') or++;
    if (firstItem?.lead === 'and') and++;
    if (i === segments.length - 1) return;
    const tail = seg[seg.length - 1];
    if (tail?.separator === 'or' || tail?.trail === 'or') or++;
    if (tail?.separator === 'and' || tail?.trail === 'and') and++;
  });
  const preambleText = preamble.map((p) => p.text).join(' ');
  const preambleTail = preamble[preamble.length - 1];
  const pooled = POOLED.exec(preambleText);

  // What follows a numbered or lettered list after an "and" line or a new label ("and" /
  // "Education: …") belongs to the whole list, not to its last item.
  let postamble: Item[] = [];
  const lastSegment = segments[segments.length - 1];
  if (level > 1 && lastSegment !== undefined) {
    const cut = lastSegment.findIndex((it, i) => i > 0 && (it.separator === 'and' || (it.level === 0 && LABEL_START.test(it.text))));
    if (cut > 0) {
      postamble = lastSegment.splice(cut).filter((it) => it.separator === null);
    }
  }

  // NOTE: a list that only names kinds of work belongs to the experience that introduces it:
  // "Three years of … experience in one of the following: 1. Sale or exchange of … properties. or
  // 2. Negotiating for real estate loans …" is one requirement of 36 months, not four routes.
  const introducesKinds =
    level > 1 &&
    pooled === null &&
    preambleTail !== undefined &&
    /:$/.test(preambleTail.text) &&
    findDurations(preambleTail.text).length > 0 &&
    segments.every((seg) => seg[0] !== undefined && findDurations(seg[0].text).length === 0 && !DEGREE.test(seg[0].text));
  if (introducesKinds && preambleTail !== undefined) {
    // The items of the last segment after its first are what follows the list, not a kind.
    const last = segments[segments.length - 1] ?? [];
    const after = last.slice(1).filter((it) => it.separator === null);
    const kinds = segments.map((seg, i) =>
      (i === segments.length - 1 ? seg.slice(0, 1) : seg)
        .filter((it) => it.separator === null)
        .map((it) => it.text)
        .join(' ')
        .replace(/[.;,]\s*$/, ''),
    );
    const merged: Item = { ...preambleTail, text: `${preambleTail.text} ${kinds.join('; or ')}.`, trail: last[0]?.trail ?? null };
    return build([...preamble.slice(0, -1), merged, ...after, ...postamble]);
  }
  let type: 'and' | 'or';
  if (level === 1) type = 'or';
  else if (or > 0 && or >= and) type = 'or';
  else if (and > 0) type = 'and';
  else if (pooled !== null || preamble.some((p) => p.either) || ALTERNATIVES_INTRO.test(preambleTail?.text ?? '')) type = 'or';
  else type = level === 2 ? 'and' : 'or';

  const children = segments.map((seg) => {
    const head = seg[0] as Item;
    const rest: Item[] = [{ ...head, level: 0, key: null, label: null }, ...seg.slice(1)];
    return { key: head.key, label: head.label, node: build(rest) };
  });
  const group: GroupNode = { type, children };
  if (pooled !== null) {
    const months = findDurations(preambleText.slice(pooled.index))[0]?.months;
    if (months !== undefined) group.pooledMonths = months;
  }
  // What comes before the first marker is ANDed with every alternative, unless it only introduces
  // them ("Either:", "Experience: Either", "Any one or combination totaling …").
  const content = preamble.filter((p) => p.separator === null && !p.either && p.text !== '' && !(pooled !== null && POOLED.test(p.text)));
  if (content.length === 0 && postamble.length === 0) return group;
  const conjuncts: GroupNode['children'] = [];
  if (content.length > 0) conjuncts.push({ key: null, label: null, node: { type: 'leaf', pieces: asPieces(content) } });
  conjuncts.push({ key: null, label: null, node: group });
  if (postamble.length > 0) conjuncts.push({ key: null, label: null, node: build(postamble) });
  return { type: 'and', children: conjuncts };
}

/**
 * The outline of a minimum-qualifications section. Never throws; an empty input gives an empty leaf.
 */
export function parseQualificationOutline(lines: SourceLine[]): Outline {
  const outline: Outline = { root: { type: 'leaf', pieces: [] }, notes: [], definitions: [] };
  const items = lineItems(lines, outline);
  outline.root = build(items);
  return outline;
}
