// Raw text lines of a class specification → logical lines: extraction artefacts removed, wrapped
// lines and words hyphenated across lines joined, each logical line keeping its source line numbers.
// [Reference] ../shared/seeds/README.md (artefacts "are left as they came"); issue 2, "Extraction
// artefacts are handled, not tripped over".

import type { Diagnostic, Parsed } from '../diagnostics.ts';

/** One logical line: a paragraph, list item, heading or table row, possibly joined from several. */
export interface LogicalLine {
  text: string;
  /** First and last 1-based source line it came from. */
  from: number;
  to: number;
  /** Every non-blank source line merged into it. */
  lines: number[];
  /** The source line started with whitespace (a continuation in some extractions). */
  indented: boolean;
}

/** A source line recognised as a page header or footer and taken out of the text. */
export interface PageArtefact {
  line: number;
  text: string;
  /** The class or document title the header repeats ("INTENSIVE CASE MANAGER"), or null. */
  title: string | null;
}

export interface NormalizedLines {
  lines: LogicalLine[];
  artefacts: PageArtefact[];
  /** Source lines with any text once markers are removed (a line of only "**" is blank). */
  contentLines: number;
}

export interface NormalizeLinesOptions {
  /** The document's file name, for diagnostics. */
  file: string;
  /**
   * Tells whether a logical line is a heading, so that a wrapped-line join never swallows the
   * text after a heading. Default: nothing is a heading.
   */
  isHeading?: (text: string) => boolean;
}

const SPACES = /[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
const MARKUP_TAGS = /<\/?(?:u|b|i|em|strong|ins)>/gi;
const STRUCK = /~~(.+?)~~/g;
const BOLD_PAIR = /\*\*([^*\n]+?)\*\*/g;
// NOTE: "INTENSIVE CASE MANAGER Page 2" → page header repeating the title; "Page 3 of 4" too.
const PAGE_HEADER = /^(?:(.*?\S)\s+)?Page\s+\d+(?:\s+of\s+\d+)?$/i;
const TERMINAL = /[.;:!?]["'”’)]*$/;
const CONNECTOR_ONLY = /^(?:and|or|and\/or|or\/and)$/i;
const INDENTED = /^[ \t]+\S/;
// Anything cleanLine's character and markup passes could change: \r, non-ASCII, "<", "~", "*".
const NEEDS_CLEANING = /[^\t\x20-\x7e]|[<~*]/;

interface CleanLine {
  text: string;
  line: number;
  indented: boolean;
  blankBefore: boolean;
}

/**
 * Cleans one source line: line endings, odd spaces, invisible characters, `<u>` tags, `**bold**`
 * pairs and `~~struck~~` text (returned separately, since it is deleted text).
 */
function cleanLine(raw: string): { text: string; struck: string[]; indented: boolean } {
  const struck: string[] = [];
  // NOTE: most lines are plain ASCII with no markup ("Knowledge of: Principles of …"); they only
  // need their spaces and tabs tidied, so the character-class and markup passes are skipped.
  if (!NEEDS_CLEANING.test(raw))
    return { text: tidyCells(raw), struck, indented: INDENTED.test(raw) };
  let text = raw
    .replace(/\r/g, '')
    .replace(SPACES, ' ')
    .replace(INVISIBLE, '')
    .replace(MARKUP_TAGS, '');
  text = text.replace(STRUCK, (_m, inner: string) => {
    struck.push(inner);
    return ' ';
  });
  // NOTE: only paired markers are bold: "Level I: Medical Social Assistant **0264**" →
  // "Level I: Medical Social Assistant 0264", while the footnote marks in "field**" and
  // "**A \"human service field\" includes" (one marker on the line) stay as they are.
  text = text.replace(BOLD_PAIR, ' $1 ');
  return { text: tidyCells(text), struck, indented: INDENTED.test(text) };
}

/** Each tab-separated cell trimmed with its runs of spaces collapsed; outer tabs removed. */
function tidyCells(text: string): string {
  // Most lines hold no tab: one cell, trimmed.
  if (!text.includes('\t'))
    return (text.includes('  ') ? text.replace(/ {2,}/g, ' ') : text).trim();
  return text
    .split('\t')
    .map((cell) => cell.replace(/ {2,}/g, ' ').trim())
    .join('\t')
    .replace(/^\t+|\t+$/g, '');
}

function pageArtefact(text: string): string | null | undefined {
  // NOTE: a header ends in its page number; other lines skip the (backtracking) header pattern.
  const last = text.charCodeAt(text.length - 1);
  if (!(last >= 48 && last <= 57)) return undefined;
  const m = PAGE_HEADER.exec(text);
  if (!m) return undefined;
  const title = m[1] ?? null;
  // A sentence ending in "page 2" is not a header: the title part must carry no lowercase words.
  if (title !== null && (/[a-z]{3}/.test(title) || title.length > 120)) return undefined;
  return title;
}

function startsLikeContinuation(text: string): boolean {
  return /^[a-z]/.test(text) || /^\((?:e\.g\.|i\.e\.|[a-z]{2})/.test(text);
}

/**
 * Turns source lines into logical lines. Never throws; reports U+FFFD characters (kept) once per
 * file and struck-out text (dropped) as info diagnostics.
 */
export function normalizeLines(
  raw: readonly string[],
  options: NormalizeLinesOptions,
): Parsed<NormalizedLines> {
  const diagnostics: Diagnostic[] = [];
  const isHeading = options.isHeading ?? (() => false);
  const artefacts: PageArtefact[] = [];
  const clean: CleanLine[] = [];
  let replacementCount = 0;
  let firstReplacementLine: number | null = null;
  let blankBefore = true;

  raw.forEach((rawLine, index) => {
    const line = index + 1;
    const fffd = rawLine.includes('\ufffd') ? rawLine.split('\ufffd').length - 1 : 0;
    if (fffd > 0) {
      replacementCount += fffd;
      firstReplacementLine ??= line;
    }
    const { text, struck, indented } = cleanLine(rawLine);
    for (const s of struck) {
      diagnostics.push({
        file: options.file,
        line,
        severity: 'info',
        code: 'struck-text',
        message: `Struck-out text "${s}" was dropped (it is marked as deleted).`,
        text: s,
      });
    }
    if (text === '') {
      blankBefore = true;
      return;
    }
    const header = pageArtefact(text);
    if (header !== undefined) {
      artefacts.push({ line, text, title: header });
      return;
    }
    clean.push({ text, line, indented, blankBefore });
    blankBefore = false;
  });

  if (replacementCount > 0) {
    diagnostics.push({
      file: options.file,
      line: firstReplacementLine,
      severity: 'info',
      code: 'replacement-character',
      message: `${replacementCount} character(s) could not be decoded in the source (U+FFFD), first on line ${firstReplacementLine}; kept as they are.`,
    });
  }

  const lines: LogicalLine[] = [];
  for (const c of clean) {
    const prev = lines[lines.length - 1];
    if (prev && shouldJoin(prev, c, isHeading)) {
      const hyphenated =
        /[A-Za-z]-$/.test(prev.text) && !/\s-$/.test(prev.text) && /^[A-Za-z]/.test(c.text);
      prev.text = hyphenated ? prev.text.slice(0, -1) + c.text : `${prev.text} ${c.text}`;
      prev.to = c.line;
      prev.lines.push(c.line);
      continue;
    }
    lines.push({ text: c.text, from: c.line, to: c.line, lines: [c.line], indented: c.indented });
  }
  return {
    value: { lines, artefacts, contentLines: clean.length + artefacts.length },
    diagnostics,
  };
}

function shouldJoin(
  prev: LogicalLine,
  next: CleanLine,
  isHeading: (text: string) => boolean,
): boolean {
  if (prev.text.includes('\t') || next.text.includes('\t')) return false;
  // NOTE: "CHARAC-" + blank line + "TERISTICS: Comprehensive…" → "CHARACTERISTICS: Comprehensive…".
  if (/[A-Za-z]{2}-$/.test(prev.text) && !/\s-$/.test(prev.text) && /^[A-Za-z]/.test(next.text)) {
    const tail = /([A-Za-z]+)-$/.exec(prev.text)?.[1] ?? '';
    const sameCase = /^[A-Z]+$/.test(tail) ? /^[A-Z]{2}/.test(next.text) : /^[a-z]/.test(next.text);
    if (sameCase) return true;
  }
  if (TERMINAL.test(prev.text) || isHeading(prev.text)) return false;
  // NOTE: "(B) Possession of … New York" + "  State Teacher's Certificate …" (indented, no blank
  // line between) is one item.
  if (next.indented && !next.blankBefore) return true;
  // NOTE: "… clients who are at high" + blank line + "risk for psychiatric re-hospitalization;" is
  // one duty: the first stops mid-sentence and the second starts in lower case.
  return (
    startsLikeContinuation(next.text) && !CONNECTOR_ONLY.test(next.text) && !isHeading(next.text)
  );
}
