// The lines of a KSA section → one statement each, with kind and proficiency, in every layout the
// seeds and the CalHR corpus use: numbered lists, "- bullets" under "Thorough Knowledge of:" group
// headings, "Requires …" lines, "Knowledge of: A; B; C." paragraphs and run-on "Good knowledge of
// X; skill in Y; ability to Z" paragraphs. [Reference] ../shared/PRODUCT.md ("The graph": shared-KSA).

import type { Diagnostic } from '../diagnostics.ts';
import { foldSpaces, memoizeText, type KsaKind, type SourceLine } from '../model/index.ts';
import { classifyKsa, type KsaHead } from './classify-ksa.ts';

export interface KsaStatement {
  text: string;
  kind: KsaKind;
  proficiency: number | null;
  proficiencyWord: string | null;
  line: number | null;
}

export interface SplitKsaOptions {
  file: string;
  classId?: string;
  /** Each non-blank line is one statement, never split (il-sucss ksa.csv rows). Default false. */
  onePerLine?: boolean;
}

/** The head a group heading or an earlier item hands on to items that do not name their own. */
interface Inherited {
  kind: KsaKind;
  proficiency: number | null;
  proficiencyWord: string | null;
  prefix: string | null;
}

interface Segment {
  start: number;
  line: number | null;
}

interface Block {
  text: string;
  segments: Segment[];
  list: boolean;
  group: Inherited | null;
  defaultKind: KsaKind | null;
}

const SECTION_WORDS = new Set([
  'full',
  'performance',
  'knowledge',
  'knowledges',
  'skill',
  'skills',
  'ability',
  'abilities',
  'attributes',
  'personal',
  'characteristics',
  'and',
  '&',
  'ksa',
  'ksas',
  'required',
  'special',
]);
const SECTION_KIND_WORDS =
  /^(knowledges?|skills?|abilit(?:y|ies)|attributes|characteristics|ksas?)$/;

/** "Thorough Knowledge of:", "Skill in:", "Ability to:", "Knowledge of and skill in:", with items after it or not. */
const GROUP_HEAD =
  /^(?:requires\s+)?((?:[a-z-]+\s+){0,2}?(?:knowledges?|skills?|abilit(?:y|ies)|understanding|familiarity|awareness|willingness|personal\s+characteristics|attributes)(?:\s+(?:of|in|to|with))?(?:\s*(?:,|and)\s*(?:skills?|abilit(?:y|ies)|knowledge)(?:\s+(?:of|in|to|with))?)?)\s*:\s*(.*)$/i;
/** "Supervising Special Investigator I: Knowledge of: …", "All Levels: Ability to: …". */
const LABEL_BEFORE_GROUP =
  /^([^:]{1,90}?):\s+(?=(?:[a-z-]+\s+){0,2}?(?:knowledge|skills?|abilit(?:y|ies))\b[^:]{0,25}:)/i;
const LEVEL_LABEL =
  /^(?:(?:all|both|each)\s+(?:levels?|classes|classifications|instructors|positions|ranges)|level\s+[a-z0-9]{1,3}|range\s+[a-z0-9]{1,3})\b[^:.;]{0,60}:?$/i;
const PERSONAL_LABEL =
  /^(?:special\s+)?(?:personal|physical)(?:\s+(?:and|&)\s+(?:personal|physical))?\s+(?:characteristics?|qualifications|attributes|qualities|requirements)\s*:?$/i;
const LIST_MARKER =
  /^(?:\(?\d{1,2}[.)](?=\s|$)|\(?[a-zA-Z][.)](?=\s)|\([a-zA-Z0-9]{1,3}\)|[-\u2010-\u2014\u2022\u00b7\u25aa\u25cf\u25e6\u2023\u2043*o](?=\s))\s*/;
const TERMINAL = /[.!?:;]["'\u201d\u2019)]*$/;
const REFERENCE =
  /^(?:all\s+(?:of\s+)?the\s+(?:above|knowledge(?:s)?|abilities|skills)(?:\s+(?:listed\s+)?(?:above|for\s+the\s+[^,;]+?))?|(?:in\s+addition\s+to|same\s+as|plus)\s+(?:all\s+)?(?:the\s+)?(?:knowledge|abilities|skills|ksas?|those)\b[^,;]*?(?:above|below|level|class|listed|required)(?:,\s*[A-Z][^,;]*?)*)\s*(?:,|:|;|\.|$)\s*(?:and\s+|also\s+)?/i;
const PROPER_FIRST_WORDS = new Set([
  'california',
  'state',
  'federal',
  'english',
  'spanish',
  'american',
  'americans',
  'united',
  'department',
  'departmental',
  'county',
  'city',
  'national',
  'internet',
  'microsoft',
  'windows',
  'medicare',
  'medicaid',
  'medi',
  'board',
  'commission',
  'governor',
  'legislature',
  'civil',
]);

/** Splits a KSA section's lines into statements. Never throws. */
export function splitKsaStatements(
  lines: SourceLine[],
  options: SplitKsaOptions,
): { statements: KsaStatement[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const cleaned = joinHyphenated(
    lines.map((l) => ({ text: cleanLine(l.text), line: l.line })).filter((l) => l.text !== ''),
  );

  if (options.onePerLine === true) {
    const statements: KsaStatement[] = [];
    for (const l of cleaned) {
      const text = stripSectionHeading(l.text);
      if (text === '') continue;
      const item = finishItem(text, null, null, options, l.line, diagnostics);
      if (item !== null) statements.push(item.statement);
    }
    return { statements, diagnostics };
  }

  const blocks = buildBlocks(cleaned);
  const statements: KsaStatement[] = [];
  let previous: Inherited | null = null;
  let lastBlock: Block | null = null;
  for (const block of blocks) {
    // An earlier item's head carries on only within one paragraph (or one that continues it).
    const continues =
      lastBlock !== null &&
      !lastBlock.list &&
      !block.list &&
      block.group === lastBlock.group &&
      /[;,]$/.test(lastBlock.text);
    if (!continues) previous = null;
    lastBlock = block;
    if (block.list) {
      const inlineGroup = parseGroupHead(block.text);
      if (inlineGroup === null || inlineGroup.rest === '') {
        const item = finishItem(
          block.text,
          block.group,
          block.defaultKind,
          options,
          lineAt(block, 0),
          diagnostics,
        );
        if (item !== null) statements.push(item.statement);
        continue;
      }
    }
    let group = block.group;
    for (const part of splitSentences(block.text)) {
      let text = part.text;
      let offset = part.start;
      const head = parseGroupHead(text);
      if (head !== null) {
        group = head.group;
        previous = null;
        offset += text.length - head.rest.length;
        text = head.rest;
      }
      for (const item of splitTopLevel(text, ';')) {
        const at = offset + item.start;
        const finished = finishItem(
          item.text,
          group ?? previous,
          block.defaultKind,
          options,
          lineAt(block, at),
          diagnostics,
          group === null,
        );
        if (finished === null) continue;
        statements.push(finished.statement);
        if (group === null) previous = finished.handsOn;
      }
    }
  }
  return { statements, diagnostics };
}

/** Removes extraction artefacts: `**`, `<u>`, tags, non-breaking spaces, U+FFFD, tabs. */
function cleanLine(text: string): string {
  // NOTE: most lines carry no artefact ("Knowledge of budgeting") and only have their spacing
  // folded; tabs need no pass of their own, as the spacing pass turns them into spaces too.
  const stripped = ARTEFACT.test(text)
    ? text
        .replace(/<[^>]{1,20}>/g, '')
        .replace(/\*\*/g, '')
        .replace(/\u00a0/g, ' ')
        .replace(/(\w)\ufffd(s\b)/g, "$1'$2")
        .replace(/\ufffd/g, ' ')
    : text;
  return foldSpaces(stripped);
}

const ARTEFACT = /[<*\u00a0\ufffd]/;

/**
 * Joins a word hyphenated across lines.
 * NOTE: "PERSONAL CHARAC-" + "TERISTICS: Comprehensive…" → "PERSONAL CHARACTERISTICS: Comprehensive…".
 */
function joinHyphenated(lines: SourceLine[]): SourceLine[] {
  const out: SourceLine[] = [];
  for (const l of lines) {
    const last = out[out.length - 1];
    if (last !== undefined && /[A-Za-z]{2}-$/.test(last.text) && /^[A-Za-z]/.test(l.text)) {
      const text = last.text.slice(0, -1) + l.text;
      // When the joined word closes a section heading, the statements start on the second line.
      const rest = stripSectionHeading(text);
      const line = rest !== text && rest !== '' && l.text.endsWith(rest) ? l.line : last.line;
      out[out.length - 1] = { text, line };
    } else {
      out.push(l);
    }
  }
  return out;
}

/**
 * Strips a section heading from the start of a line; returns what follows it.
 * NOTE: "FULL PERFORMANCE KNOWLEDGE, SKILLS, ABILITIES AND ATTRIBUTES: Good knowledge of…" →
 * "Good knowledge of…"; "Knowledge and Abilities" → ""; "Knowledge of:" is a group, kept.
 */
function stripSectionHeading(text: string): string {
  const colon = text.indexOf(':');
  const head = colon >= 0 ? text.slice(0, colon) : text;
  const words = head
    .toLowerCase()
    .replace(/[(),]/g, ' ')
    .split(/\s+/)
    .filter((w) => w !== '');
  if (words.length === 0 || words.length > 12) return text;
  if (!words.every((w) => SECTION_WORDS.has(w))) return text;
  if (words.filter((w) => SECTION_KIND_WORDS.test(w)).length < 2) return text;
  return colon >= 0 ? text.slice(colon + 1).trim() : '';
}

function parseGroupHead(text: string): { group: Inherited; rest: string } | null {
  const withoutLabel = text.replace(LABEL_BEFORE_GROUP, '');
  const m = GROUP_HEAD.exec(withoutLabel);
  if (!m) return null;
  const headText = (m[1] ?? '').trim();
  const head = headOf(headText);
  if (head.kind === null && !/personal\s+characteristics|attributes/i.test(headText)) return null;
  const noun =
    /\b(?:knowledges?|skills?|abilit(?:y|ies)|understanding|familiarity|awareness|willingness)\b/i.exec(
      headText,
    );
  const prefixText = noun ? headText.slice(noun.index) : headText;
  const hasPreposition = /\b(of|in|to|with)$/i.test(prefixText);
  return {
    group: {
      kind: head.kind ?? 'other',
      proficiency: head.proficiency,
      proficiencyWord: head.proficiencyWord,
      prefix: hasPreposition ? capitalizeFirst(prefixText.toLowerCase()) : null,
    },
    rest: (m[2] ?? '').trim(),
  };
}

function isTitleLike(text: string): boolean {
  if (TERMINAL.test(text) && !text.endsWith(':')) return false;
  const words = text.replace(/:$/, '').split(/\s+/);
  if (words.length === 0 || words.length > 12) return false;
  const significant = words.filter(
    (w) => !/^(of|and|the|in|for|to|a|an|or|on|with|at|by|-|&|\/)$/i.test(w),
  );
  if (significant.length === 0) return false;
  const capitalised = significant.filter((w) => /^[("]?[A-Z0-9]/.test(w)).length;
  return capitalised / significant.length >= 0.75;
}

function buildBlocks(lines: SourceLine[]): Block[] {
  const texts = lines.map((l) => stripSectionHeading(l.text));
  // A title-cased line is a class or level label when a group heading or another label follows it.
  const label: boolean[] = texts.map(() => false);
  for (let i = texts.length - 1; i >= 0; i--) {
    const t = texts[i] ?? '';
    if (t === '') continue;
    if (LEVEL_LABEL.test(t) || PERSONAL_LABEL.test(t)) {
      label[i] = true;
      continue;
    }
    if (parseGroupHead(t) !== null || LIST_MARKER.test(t) || headOf(t).kind !== null) continue;
    let j = i + 1;
    while (j < texts.length && texts[j] === '') j++;
    const next = texts[j];
    const nextIsHead = next !== undefined && (label[j] === true || parseGroupHead(next) !== null);
    label[i] = isTitleLike(t) && (nextIsHead || (t.endsWith(':') && t.split(/\s+/).length <= 8));
  }

  const blocks: Block[] = [];
  let group: Inherited | null = null;
  let defaultKind: KsaKind | null = null;
  let current: Block | null = null;
  const start = (text: string, line: number | null, list: boolean): void => {
    current = { text, segments: [{ start: 0, line }], list, group, defaultKind };
    blocks.push(current);
  };

  texts.forEach((text, i) => {
    const line = lines[i]?.line ?? null;
    if (text === '') return;
    if (label[i] === true) {
      current = null;
      group = null;
      defaultKind = PERSONAL_LABEL.test(text) ? 'other' : null;
      return;
    }
    const marker = LIST_MARKER.exec(text);
    if (marker && marker[0].length < text.length) {
      let body = text;
      let m: RegExpExecArray | null = marker;
      while (m && m[0].length < body.length) {
        body = body.slice(m[0].length);
        m = LIST_MARKER.exec(body);
      }
      start(body, line, true);
      return;
    }
    const head = parseGroupHead(text);
    if (head !== null) {
      current = null;
      if (head.rest === '') {
        // "Skill in:" heads the bullets that follow it.
        group = head.group;
        return;
      }
      // "Knowledge of: A; B; C." heads only its own paragraph (splitSentences reads the head).
      group = null;
      start(text, line, false);
      return;
    }
    const open: Block | null = current;
    if (
      open !== null &&
      (/^[a-z(]/.test(text) || (!TERMINAL.test(open.text) && !opensStatement(text)))
    ) {
      open.segments.push({ start: open.text.length + 1, line });
      open.text = `${open.text} ${text}`;
      return;
    }
    start(text, line, false);
  });
  return blocks;
}

/**
 * Whether a line begins a statement of its own even after a line with no closing punctuation.
 * NOTE: rows such as "Ability to operate office accounting machines and equipment" followed by
 * "Written composition (Ability to compose…)" stay two statements; "identifying and assessing…"
 * after "…methods of" continues the item above.
 */
function opensStatement(text: string): boolean {
  if (!/^[A-Z]/.test(text)) return false;
  const head = headOf(text);
  return head.kind !== null || head.characteristic;
}

function lineAt(block: Block, offset: number): number | null {
  let line = block.segments[0]?.line ?? null;
  for (const s of block.segments) if (s.start <= offset) line = s.line;
  return line;
}

/**
 * Splits a paragraph where a new head opens a sentence, so "Knowledge of: A; B. Ability to: C."
 * gives the two groups their own items.
 */
function splitSentences(text: string): { text: string; start: number }[] {
  const parts: { text: string; start: number }[] = [];
  const boundary =
    /(?<=[.;])\s+(?=(?:[A-Z][a-z-]+\s+){0,2}?(?:Knowledge|Skills?|Abilit(?:y|ies)|Requires|Understanding|Willingness)\b)/g;
  let from = 0;
  for (const m of text.matchAll(boundary)) {
    const at = m.index ?? 0;
    const piece = text.slice(from, at);
    if (piece.trim() !== '') parts.push({ text: piece, start: from });
    from = at + m[0].length;
  }
  parts.push({ text: text.slice(from), start: from });
  return parts;
}

/** Splits on a separator outside parentheses and brackets, keeping each piece's offset. */
function splitTopLevel(text: string, separator: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    else if (c === separator && depth === 0) {
      out.push({ text: text.slice(from, i), start: from });
      from = i + 1;
    }
  }
  out.push({ text: text.slice(from), start: from });
  return out
    .map((p) => {
      const lead = p.text.length - p.text.trimStart().length;
      return { text: p.text.trim(), start: p.start + lead };
    })
    .filter((p) => p.text !== '');
}

/** Whether an item with no head of its own continues the head before it. */
function continuesHead(head: KsaHead, previous: Inherited): boolean {
  if (head.characteristic || previous.prefix === null) return false;
  const first = (head.text.split(/\s+/)[0] ?? '').toLowerCase();
  const gerund = /^[a-z]{3,}ing$/.test(first);
  const modal = /^(?:may|must|will|should|can|some|positions?|candidates?|incumbents?)$/.test(
    first,
  );
  if (modal) return false;
  const nounish =
    /(?:tion|sion|ment|ness|ity|ance|ence|ism|ship|ics|ogy|ure)s?$/.test(first) ||
    /^(?:the|a|an)$/.test(first);
  switch (previous.kind) {
    case 'knowledge':
      return true;
    case 'skill':
      return true;
    case 'ability':
      return gerund || !nounish;
    case 'other':
      return !nounish;
  }
}

/**
 * Cleans one item, restores the head it continues and classifies it.
 * NOTE: "skill in conducting interviews; analyzing data, and summarizing material for case
 * records" → the second item becomes "Skill in analyzing data, and summarizing material for case
 * records", kind skill.
 */
function finishItem(
  raw: string,
  inherited: Inherited | null,
  defaultKind: KsaKind | null,
  options: SplitKsaOptions,
  line: number | null,
  diagnostics: Diagnostic[],
  fromParagraph = false,
): { statement: KsaStatement; handsOn: Inherited | null } | null {
  let text = raw
    .trim()
    .replace(/^(?:and|or|also|as\s+well\s+as|plus)\s+/i, '')
    .replace(/[\s.;,:]+$/, '')
    .trim();
  const reference = REFERENCE.exec(text);
  if (reference) {
    text = text.slice(reference[0].length).trim();
    if (text === '') {
      diagnostics.push({
        file: options.file,
        line,
        severity: 'info',
        code: 'unplaced-text',
        message: `KSA item refers to other classes' KSAs and names none itself: "${raw.trim()}".`,
        ...(options.classId !== undefined ? { classId: options.classId } : {}),
        text: raw.trim(),
      });
      return null;
    }
  }
  if (text === '') return null;

  const head = headOf(text);
  if (head.kind !== null) {
    const handsOn: Inherited | null =
      head.prefix !== null
        ? {
            kind: head.kind,
            proficiency: head.proficiency,
            proficiencyWord: head.proficiencyWord,
            prefix: head.prefix,
          }
        : null;
    return {
      statement: {
        text: capitalizeFirst(head.text),
        kind: head.kind,
        proficiency: head.proficiency,
        proficiencyWord: head.proficiencyWord,
        line,
      },
      handsOn,
    };
  }
  if (inherited !== null && (!fromParagraph || continuesHead(head, inherited))) {
    const body =
      inherited.prefix !== null
        ? `${inherited.prefix} ${lowerFirst(head.text)}`
        : capitalizeFirst(head.text);
    return {
      statement: {
        text: body,
        kind: inherited.kind,
        proficiency: inherited.proficiency,
        proficiencyWord: inherited.proficiencyWord,
        line,
      },
      handsOn: inherited,
    };
  }
  return {
    statement: {
      text: capitalizeFirst(head.text),
      kind: head.characteristic ? 'other' : (defaultKind ?? 'other'),
      proficiency: head.proficiency,
      proficiencyWord: head.proficiencyWord,
      line,
    },
    handsOn: null,
  };
}

// NOTE: a line's head is read up to three times (label test, statement start, the item itself)
// and corpora repeat their lines, so heads are kept per text. The kept heads are only read here.
const headOf: (text: string) => KsaHead = memoizeText(classifyKsa, 20_000);

function capitalizeFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Lowercases the first word of an item placed after a restored head, unless it looks like a name.
 * NOTE: "Knowledge of:" + "Provisions of the relevant codes" → "Knowledge of provisions of the
 * relevant codes"; "California agricultural conditions" and "Affirmative Action…" keep their capital.
 */
function lowerFirst(text: string): string {
  const m = /^([A-Z][a-z']+)(\s+(\S+))?/.exec(text);
  if (!m) return text;
  const first = (m[1] ?? '').toLowerCase();
  const second = m[3] ?? '';
  if (PROPER_FIRST_WORDS.has(first.replace(/'s$/, ''))) return text;
  if (/^[A-Z][a-z]/.test(second) && !/^(?:The|And|Of)$/.test(second)) return text;
  return first + text.slice((m[1] ?? '').length);
}
