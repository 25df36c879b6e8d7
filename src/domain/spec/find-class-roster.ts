// The classes a document holds, before its sections are read: series tables, "Level I: Title code"
// headings, "TITLE" + "POSITION CODE: n" pairs, else one class titled by the first heading line.
// [Reference] issue 2 "Splitting a document into classes"; the five seeds and CalHR pages.

import { foldSpaces, memoizeText, type JobClass } from '../model/index.ts';
import type { LogicalLine } from './normalize-lines.ts';
import { parseHeading } from './parse-heading.ts';
import { parseSeriesTable, type SeriesTable } from './parse-series-table.ts';
import { romanToNumber } from './roman-numerals.ts';

export interface RosterEntry {
  key: number;
  code: string | null;
  /** The title as the document spells it, "(Abolished …)" removed. */
  title: string;
  facts: JobClass['facts'];
  /** Where the class was found. */
  origin: 'table' | 'level' | 'heading' | 'single' | 'lost';
  /** The numeral of a "Level III:" heading, when the document gives one. */
  explicitLevel: number | null;
  /** Logical-line indices that name the class (table row, level heading, code line). */
  indices: number[];
}

export interface ClassRoster {
  entries: RosterEntry[];
  /** Tables by the index of their first line. */
  tables: Map<number, SeriesTable>;
  /** Index of the line giving the document's (single class or series) title, or null. */
  titleIndex: number | null;
  /** Title of the series, when the document names one ("MEDICAL SOCIAL SERVICES SERIES"). */
  seriesTitle: string | null;
  /** Index of the line that gives the series title at the top of the document, or null. */
  seriesTitleIndex: number | null;
  /** The single class's title could not be found and was made up. */
  untitled: boolean;
}

// NOTE: "Level I: Medical Social Assistant 0264" → level 1, title "Medical Social Assistant",
// code "0264"; "Level III: Medical Social Consultant" → code on a later line.
const LEVEL_HEADER = /^Level\s+([IVX]{1,5}|\d{1,2})\s*[:.\-–—]\s*(.+?)\s*$/i;
const TRAILING_CODE = /^(.*?[^\d\s])\s*(\d{3,6})$/;
const CODE_LINE =
  /^(?:position code|class code|class no\.?|class number|code no\.?)\s*:?\s*([A-Z0-9][\w-]{1,9})$/i;
const ABOLISHED = /\s*\((?:abolished|abol\.)[^)]*\)/gi;

export interface LevelHeader {
  level: number | null;
  title: string;
  code: string | null;
}

export function parseLevelHeader(text: string): LevelHeader | null {
  const m = LEVEL_HEADER.exec(text.trim());
  if (!m || !m[2]) return null;
  let title = m[2].trim();
  let code: string | null = null;
  const c = TRAILING_CODE.exec(title);
  if (c && c[1] && c[2]) {
    title = c[1].trim();
    code = c[2];
  }
  if (title.length > 120 || /[.;]$/.test(title)) return null;
  return { level: romanToNumber((m[1] ?? '').toUpperCase()), title, code };
}

/** "POSITION CODE: 41311" → "41311". */
export function parseCodeLine(text: string): string | null {
  return CODE_LINE.exec(text.trim())?.[1] ?? null;
}

/** "Electrician I (Abolished 01/07/2016 per Pay Letter 16-05)" → the abolition text, or null. */
export function abolitionOf(title: string): string | null {
  const m = /\((abolished[^)]*)\)/i.exec(title);
  return m?.[1] ?? null;
}

function stripAbolished(title: string): string {
  return foldSpaces(title.replace(ABOLISHED, ''));
}

/** Key for matching a line against class titles: case, punctuation and "Class" suffixes ignored. */
export function rosterKey(text: string): string {
  return cachedRosterKey(text);
}

const cachedRosterKey = memoizeText(computeRosterKey, 50_000);

/**
 * rosterKey without its parentheses, for matching a family across specialties:
 * "Office Services Supervisor I (General)" → "office services supervisor i".
 */
export function bareRosterKey(text: string): string {
  return foldSpaces(rosterKey(text).replace(/\([^)]*\)/g, ' '));
}

function computeRosterKey(text: string): string {
  return stripAbolished(text)
    .toLowerCase()
    .replace(/\((?:continued|cont'?d\.?)\)/g, ' ')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+(?:class|classes|classification|classifications)\s*:?\s*$/, '')
    .replace(/[^a-z0-9()]+/g, ' ')
    .replace(/\s*([()])\s*/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Text that reads as a title: short, no sentence end, not a heading. */
export function isTitleLike(text: string): boolean {
  const t = text.trim();
  if (t.length === 0 || t.length > 120 || t.includes('\t')) return false;
  if (/[.;]$/.test(t) && !/\b(?:Jr|Inc|Co|Dept)\.$/.test(t)) return false;
  if (/:\s*\S/.test(t) && !LEVEL_HEADER.test(t)) return false;
  return /[A-Za-z]/.test(t) || /^\d{3,6}$/.test(t);
}

const ISSUER =
  /^(?:california )?state personnel board specification$|^class specification$|^illinois department of central management services$|personnel board specification$/i;

export function isIssuerLine(text: string): boolean {
  return ISSUER.test(text.trim());
}

/** Finds the classes a document holds. */
export function findClassRoster(lines: readonly LogicalLine[]): ClassRoster {
  const entries: RosterEntry[] = [];
  const tables = new Map<number, SeriesTable>();
  const byCode = new Map<string, RosterEntry>();
  const byKey = new Map<string, RosterEntry>();
  let tableSeriesTitle: string | null = null;

  const add = (
    title: string,
    code: string | null,
    origin: RosterEntry['origin'],
    index: number,
    explicitLevel: number | null = null,
  ): RosterEntry => {
    const key = rosterKey(title);
    const found = (code !== null ? byCode.get(code) : undefined) ?? byKey.get(key);
    if (found) {
      found.indices.push(index);
      if (found.code === null && code !== null) {
        found.code = code;
        byCode.set(code, found);
      }
      if (found.explicitLevel === null) found.explicitLevel = explicitLevel;
      return found;
    }
    const abolished = abolitionOf(title);
    const entry: RosterEntry = {
      key: entries.length,
      code,
      title: stripAbolished(title),
      facts: abolished ? { abolished } : {},
      origin,
      explicitLevel,
      indices: [index],
    };
    entries.push(entry);
    if (code !== null) byCode.set(code, entry);
    byKey.set(key, entry);
    return entry;
  };

  for (let i = 0; i < lines.length; i += 1) {
    const text = lines[i]?.text ?? '';
    const table = parseSeriesTable(lines, i);
    if (table) {
      tables.set(i, table);
      if (table.kind === 'classes') {
        tableSeriesTitle ??= seriesTitleBefore(lines, i);
        for (const row of table.rows) {
          const entry = add(
            row.cells.title ?? '',
            row.cells.code ?? null,
            'table',
            row.indices[0] ?? i,
          );
          const { code: _code, title: _title, other: _other, ...facts } = row.cells;
          entry.facts = { ...facts, ...entry.facts };
        }
      }
      i = table.end - 1;
      continue;
    }
    const heading = parseHeading(text);
    const level = parseLevelHeader(heading ? heading.rest : text);
    if (level) {
      let code = level.code;
      const next = lines[i + 1]?.text.trim() ?? '';
      if (code === null && /^\d{3,6}$/.test(next)) code = next;
      add(level.title, code, 'level', i, level.level);
      continue;
    }
    const code = parseCodeLine(text);
    if (code !== null && i > 0) {
      const prev = lines[i - 1]?.text ?? '';
      if (
        isTitleLike(prev) &&
        !parseHeading(prev) &&
        !isIssuerLine(prev) &&
        !/\bseries\b/i.test(prev) &&
        !isFactLine(prev)
      ) {
        add(prev, code, 'heading', i - 1);
      }
    }
  }

  const top = seriesTitleAtTop(lines);
  const seriesTitle = top?.text ?? tableSeriesTitle;
  const seriesTitleIndex = top?.index ?? null;
  if (entries.length > 0) {
    return { entries, tables, titleIndex: null, seriesTitle, seriesTitleIndex, untitled: false };
  }

  // One class: the first title-like line, else a title the text gives, else a made-up one.
  const titleIndex = lines.findIndex(
    (l, k) =>
      k < 12 &&
      isTitleLike(l.text) &&
      !parseHeading(l.text) &&
      !isIssuerLine(l.text) &&
      !isFactLine(l.text),
  );
  let code: string | null = null;
  for (const l of lines) {
    code = parseCodeLine(l.text);
    if (code !== null) break;
  }
  let title: string | null = titleIndex >= 0 ? (lines[titleIndex]?.text ?? null) : null;
  let untitled = false;
  if (title === null) {
    // NOTE: "There is no classification specification for CEA, class code 7500, as …" → "CEA", 7500.
    const m = lines
      .slice(0, 5)
      .map((l) => /\bspecification for ([^,]{2,60}), class code (\d{3,6})/i.exec(l.text))
      .find((x) => x !== null);
    if (m && m[1] && m[2]) {
      title = m[1].trim();
      code ??= m[2];
    } else {
      title = code !== null ? `Class ${code}` : 'Untitled class';
      untitled = true;
    }
  }
  const entry: RosterEntry = {
    key: 0,
    code,
    title: stripAbolished(title),
    facts: {},
    origin: 'single',
    explicitLevel: null,
    indices: titleIndex >= 0 ? [titleIndex] : [],
  };
  const abolished = abolitionOf(title);
  if (abolished) entry.facts.abolished = abolished;
  return {
    entries: [entry],
    tables,
    titleIndex: titleIndex >= 0 ? titleIndex : null,
    seriesTitle: null,
    seriesTitleIndex: null,
    untitled,
  };
}

const FACT_LINE =
  /^(?:(?:class|position|schem(?:atic)?) code|class no\.?|established|series established|revised|title changed|updated|effective(?: date)?|promotional line)\b\s*:?/i;

function isFactLine(text: string): boolean {
  return FACT_LINE.test(text.trim()) || /^abolished\b/i.test(text.trim());
}

// NOTE: "Agricultural Survey Interviewer Series Specification - Class Titles and Codes" → the
// series title "Agricultural Survey Interviewer Series".
function seriesTitleBefore(lines: readonly LogicalLine[], tableStart: number): string | null {
  for (let k = tableStart - 1; k >= Math.max(0, tableStart - 2); k -= 1) {
    const t = lines[k]?.text ?? '';
    const m = /^(.*?)\s*(?:specification)?\s*[-–—]\s*class(?:ification)? titles? and codes?$/i.exec(
      t,
    );
    if (m && m[1]) return m[1].replace(/\s+specification$/i, '').trim();
  }
  return null;
}

function seriesTitleAtTop(lines: readonly LogicalLine[]): { text: string; index: number } | null {
  for (let k = 0; k < Math.min(lines.length, 8); k += 1) {
    const t = lines[k]?.text ?? '';
    if (/\bseries\b/i.test(t) && isTitleLike(t) && !parseHeading(t)) return { text: t, index: k };
  }
  return null;
}
