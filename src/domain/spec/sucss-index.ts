// The Illinois SUCSS class index (one CSV per sheet, rows keyed by class code) → job classes.
// [Reference] ../shared/corpus/README.md "il-sucss/" (first row = column names, a blank code
// continues the row above) and ../shared/PRODUCT.md "Data contract".

import { csvParseRows } from 'd3-dsv';
import type { Diagnostic, Parsed } from '../diagnostics.ts';
import { parseKsas } from '../ksa/parse-ksas.ts';
import {
  foldSpaces,
  type JobClass,
  type OtherSection,
  type SeriesInfo,
  type SourceDocument,
  type SourceLine,
} from '../model/index.ts';
import { parseQualifications } from '../qualifications/parse-qualifications.ts';
import { csvRowToLine } from './formats/csv-to-lines.ts';
import { htmlToLines } from './formats/html-to-lines.ts';
import { romanToNumber, toRoman } from './roman-numerals.ts';
import { slugify } from './slugify.ts';

/** The text of each sheet; only the root index is required. */
export interface SucssSheets {
  rootIndex: string;
  levelsOfWork?: string;
  jobDuties?: string;
  ksa?: string;
  maq?: string;
}

export interface ParseSucssIndexOptions {
  /** The folder name the sheet files are reported under: "il-sucss" → "il-sucss/ksa.csv". */
  folder: string;
  /** Jurisdiction id; class ids are `<jurisdiction>:<code>`. */
  jurisdiction: string;
}

/** The file name of each sheet in an export folder. */
export const SUCSS_SHEET_FILES: Readonly<Record<keyof SucssSheets, string>> = {
  rootIndex: 'root-index.csv',
  levelsOfWork: 'levels-of-work.csv',
  jobDuties: 'job-duties.csv',
  ksa: 'ksa.csv',
  maq: 'maq.csv',
};

interface Sheet {
  file: string;
  header: string[];
  /** Data rows; `row` is the spreadsheet row number (the header is row 1). */
  rows: { row: number; cells: string[] }[];
  /** One entry per spreadsheet row, cells joined by tabs (the document's source view). */
  lines: string[];
}

interface Tally {
  content: number;
  placed: number;
  classIds: Set<string>;
}

interface Draft {
  job: JobClass;
  summary: SourceLine[];
  duties: { text: string; line: number; open: boolean }[];
  ksas: SourceLine[];
  maqText: SourceLine[];
  /** The MAQ sheet's HTML cells, raw: converted only for a class without MAQ text. */
  maqHtml: SourceLine[];
}

/**
 * Builds one job class per class code of the root index, filling summary (job duties), duties
 * (levels of work), KSAs (via parseKsas) and qualifications (via parseQualifications on the MAQ
 * text; the HTML column when a class has no MAQ text). Never throws.
 * - A row whose code is not in the root index: 'csv-row' warning naming sheet and row, text kept.
 * - A duplicate code in the root index: 'duplicate-class' warning, the first row wins.
 * - Each sheet gives a SourceDocument; a row counts as placed when it lands in a class field.
 * NOTE: line numbers are spreadsheet rows (header = row 1), so `ksa.csv` row 7 is `lines[6]` even
 * when a quoted cell spans several physical lines. A class's `source` is its root-index row;
 * `fileOf` names the sheet its summary, duties, KSAs and qualifications come from.
 */
export function parseSucssIndex(
  sheets: SucssSheets,
  options: ParseSucssIndexOptions,
): Parsed<{ classes: JobClass[]; documents: SourceDocument[] }> {
  const { folder, jurisdiction } = options;
  const diagnostics: Diagnostic[] = [];
  const fileOf = (key: keyof SucssSheets): string => `${folder}/${SUCSS_SHEET_FILES[key]}`;
  const tallies = new Map<string, Tally>();
  const documents: SourceDocument[] = [];
  const sheetsRead: { key: keyof SucssSheets; sheet: Sheet }[] = [];
  for (const key of Object.keys(SUCSS_SHEET_FILES) as (keyof SucssSheets)[]) {
    const text = sheets[key];
    if (text === undefined) continue;
    const sheet = readSheet(text, fileOf(key));
    sheetsRead.push({ key, sheet });
    tallies.set(sheet.file, { content: 0, placed: 0, classIds: new Set() });
  }

  const drafts = new Map<string, Draft>();
  const root = sheetsRead.find((s) => s.key === 'rootIndex')?.sheet;
  if (root !== undefined) readRootIndex(root, drafts, tallies, diagnostics, options);

  for (const { key, sheet } of sheetsRead) {
    if (key === 'rootIndex') continue;
    const textColumns = sheetTextColumns(key, sheet.header);
    walkSheet(sheet, drafts, tallies, diagnostics, textColumns, (draft, row, texts) => {
      // NOTE: a quoted cell's line breaks are wrapping, not structure: "Ability to prepare reports\nand
      // statements." → one statement.
      const main = foldSpaces(texts[0] ?? '');
      const html = texts[1] ?? '';
      if (key === 'maq') {
        if (main !== '') draft.maqText.push({ text: main, line: row });
        if (html !== '') draft.maqHtml.push({ text: html, line: row });
        return main !== '' || html !== '';
      }
      if (main === '') return false;
      if (key === 'jobDuties') draft.summary.push({ text: main, line: row });
      else if (key === 'levelsOfWork') addDuty(draft, main, row);
      else draft.ksas.push({ text: main, line: row });
      return true;
    });
  }

  const classes = [...drafts.values()].map((draft) =>
    finishClass(draft, diagnostics, fileOf, sheets),
  );
  assignSeries(classes, jurisdiction);

  for (const { sheet } of sheetsRead) {
    const tally = tallies.get(sheet.file);
    documents.push({
      file: sheet.file,
      jurisdiction,
      format: 'csv',
      lineCount: sheet.lines.length,
      placedLines: tally?.placed ?? 0,
      contentLines: tally?.content ?? 0,
      classIds: classes.filter((c) => tally?.classIds.has(c.id)).map((c) => c.id),
      lines: sheet.lines,
    });
  }
  if (classes.length === 0) {
    diagnostics.push({
      file: fileOf('rootIndex'),
      line: null,
      severity: 'error',
      code: 'no-classes',
      message: `${fileOf('rootIndex')}: no class codes found, so no classes were read.`,
    });
  }
  return { value: { classes, documents }, diagnostics };
}

function readSheet(text: string, file: string): Sheet {
  const raw = csvParseRows(text.replace(/^\uFEFF/, ''));
  const header = (raw[0] ?? []).map((c) => c.trim());
  const rows = raw.slice(1).map((cells, i) => ({ row: i + 2, cells: cells.map((c) => c.trim()) }));
  const lines = raw.map(csvRowToLine);
  return { file, header, rows, lines };
}

/** "Class Code" → "classcode", "Levels Of Work" → "levelsofwork". */
function columnKey(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** The names the class-code column goes by, in every sheet. */
const CODE_COLUMN = ['Class Code', 'Code'];

/**
 * True when the text opens with the header row of an SUCSS root index: a row naming the class-code
 * column as parseSucssIndex reads it. Only the first line is looked at, so the start of a file does.
 * NOTE: "Class Code,Class Title" and "Code,Title" → true; "Code Name,Title" → false.
 */
export function isSucssRootIndexHeader(text: string): boolean {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const header = (csvParseRows(firstLine)[0] ?? []).map((c) => c.trim());
  return columnIndex(header, ...CODE_COLUMN) >= 0;
}

function columnIndex(header: string[], ...names: string[]): number {
  const keys = header.map(columnKey);
  for (const name of names) {
    const i = keys.indexOf(columnKey(name));
    if (i >= 0) return i;
  }
  return -1;
}

/** The columns read from a sheet: its text column, and for the MAQ sheet the HTML column too. */
function sheetTextColumns(key: keyof SucssSheets, header: string[]): number[] {
  const named: Record<keyof SucssSheets, string[]> = {
    rootIndex: [],
    levelsOfWork: ['Levels Of Work', 'Level Of Work'],
    jobDuties: ['Job Duties', 'Duties'],
    ksa: ['KSA', 'KSAs'],
    maq: ['MAQ'],
  };
  let main = columnIndex(header, ...named[key]);
  if (main < 0) {
    const reserved = new Set(['classcode', 'classtitle', 'html']);
    main = header.findIndex((h) => !reserved.has(columnKey(h)));
  }
  return key === 'maq' ? [main, columnIndex(header, 'HTML')] : [main];
}

/**
 * NOTE: the export lost the leading zeros of the four-digit codes the specs print (seed 000:
 * "0264"), so numeric codes are padded back: "264" → "0264", "10" → "0010", "4755" stays.
 */
export function normalizeSucssCode(code: string): string {
  const trimmed = code.trim().replace(/\.0+$/, '');
  return /^\d{1,3}$/.test(trimmed) ? trimmed.padStart(4, '0') : trimmed;
}

/** NOTE: Excel day numbers count from 1899-12-30: "44804" → "2022-08-31"; "9/1/2022" → "2022-09-01". */
export function excelDateToIso(value: string): string {
  const v = value.trim();
  if (/^\d{5}(\.\d+)?$/.test(v)) {
    const date = new Date(Date.UTC(1899, 11, 30) + Math.floor(Number(v)) * 86_400_000);
    return date.toISOString().slice(0, 10);
  }
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(v);
  if (us !== null)
    return `${us[3]}-${(us[1] ?? '').padStart(2, '0')}-${(us[2] ?? '').padStart(2, '0')}`;
  return v;
}

function readRootIndex(
  sheet: Sheet,
  drafts: Map<string, Draft>,
  tallies: Map<string, Tally>,
  diagnostics: Diagnostic[],
  options: ParseSucssIndexOptions,
): void {
  const tally = tallies.get(sheet.file);
  const codeCol = columnIndex(sheet.header, ...CODE_COLUMN);
  const titleCol = columnIndex(sheet.header, 'Class Title', 'Title');
  if (codeCol < 0) {
    missingCodeColumn(sheet, tally, diagnostics);
    return;
  }
  const mapped = new Map<string, number>([
    ['probation', columnIndex(sheet.header, 'Prob Period', 'Probation Period', 'Probation')],
    ['effectiveDate', columnIndex(sheet.header, 'Spec Effective Date', 'Effective Date')],
    ['occupationalArea', columnIndex(sheet.header, 'Occ Line', 'Occupational Line')],
    ['workArea', columnIndex(sheet.header, 'Work Area')],
    ['lastAction', columnIndex(sheet.header, 'Last Action')],
  ]);
  const used = new Set([codeCol, titleCol, ...mapped.values()]);
  let previous: { draft: Draft; cells: string[] } | null = null;

  for (const { row, cells } of sheet.rows) {
    if (cells.every((c) => c === '')) continue;
    if (tally !== undefined) tally.content += 1;
    const code = normalizeSucssCode(cells[codeCol] ?? '');
    if (code === '') {
      if (previous === null) {
        diagnostics.push(csvRowDiagnostic(sheet, row, 'a continuation row with no class above it'));
        continue;
      }
      // A blank code continues the row above: its cells extend that row's cells.
      previous.cells = previous.cells.map((c, i) =>
        [c, cells[i] ?? ''].filter((s) => s !== '').join(' '),
      );
      applyRootCells(
        previous.draft,
        previous.cells,
        row,
        mapped,
        used,
        sheet.header,
        [codeCol, titleCol],
        diagnostics,
      );
      if (tally !== undefined) tally.placed += 1;
      continue;
    }
    const id = `${options.jurisdiction}:${code}`;
    if (drafts.has(code)) {
      diagnostics.push({
        file: sheet.file,
        line: row,
        severity: 'warning',
        code: 'duplicate-class',
        message: `${sheet.file} row ${row}: class code ${code} appears again; the first row is kept.`,
        classId: id,
        text: sheet.lines[row - 1] ?? '',
      });
      continue;
    }
    const draft: Draft = {
      job: emptyClass(id, options.jurisdiction, code, sheet.file, row),
      summary: [],
      duties: [],
      ksas: [],
      maqText: [],
      maqHtml: [],
    };
    drafts.set(code, draft);
    applyRootCells(draft, cells, row, mapped, used, sheet.header, [codeCol, titleCol], diagnostics);
    previous = { draft, cells: [...cells] };
    tally?.classIds.add(id);
    if (tally !== undefined) tally.placed += 1;
  }
}

function applyRootCells(
  draft: Draft,
  cells: string[],
  row: number,
  mapped: Map<string, number>,
  used: Set<number>,
  header: string[],
  [codeCol, titleCol]: [number, number],
  diagnostics: Diagnostic[],
): void {
  const job = draft.job;
  const cell = (i: number | undefined): string =>
    i === undefined || i < 0 ? '' : (cells[i] ?? '');
  const title = foldSpaces(cell(titleCol));
  job.source.lines = [job.source.lines[0], row];
  // The row names the class by its code and title cells (a continued row: as merged so far).
  const naming = foldSpaces(`${cell(codeCol)} ${cell(titleCol)}`);
  if (naming !== '') job.namedAt = { text: naming, line: job.source.lines[0] };
  if (title !== '') {
    job.title = title;
  } else if (job.title === '') {
    job.title = `Class ${job.code ?? ''}`.trim();
    diagnostics.push({
      file: job.source.file,
      line: row,
      severity: 'warning',
      code: 'no-title',
      message: `${job.source.file} row ${row}: class ${job.code ?? ''} has no title; called "${job.title}".`,
      classId: job.id,
    });
  }
  const probation = cell(mapped.get('probation'));
  const facts: JobClass['facts'] = {};
  if (probation !== '')
    facts.probation = /^\d+$/.test(probation) ? `${probation} months` : probation;
  const effective = cell(mapped.get('effectiveDate'));
  if (effective !== '') facts.effectiveDate = excelDateToIso(effective);
  for (const key of ['occupationalArea', 'workArea', 'lastAction'] as const) {
    const value = cell(mapped.get(key));
    if (value !== '') facts[key] = value;
  }
  job.facts = facts;
  // NOTE: columns no field of the contract holds (exam date, typing test…) are kept as a note:
  // "Exam Effective Date: 2022-08-31\nTyping Test: No".
  const rest = header
    .map((name, i) => ({ name, value: used.has(i) ? '' : cell(i) }))
    .filter(({ value }) => value !== '')
    .map(({ name, value }) => `${name}: ${/date$/i.test(name) ? excelDateToIso(value) : value}`);
  const note: OtherSection[] =
    rest.length > 0
      ? [{ heading: 'Class index', text: rest.join('\n'), lines: [job.source.lines[0], row] }]
      : [];
  job.notes = note;
}

function emptyClass(
  id: string,
  jurisdiction: string,
  code: string,
  file: string,
  row: number,
): JobClass {
  return {
    id,
    jurisdiction,
    code,
    title: '',
    series: null,
    summary: '',
    duties: [],
    ksas: [],
    qualifications: {
      text: '',
      routes: [],
      substitutions: [],
      minEducation: null,
      minExperienceMonths: null,
      licenses: [],
      lines: null,
    },
    specialRequirements: [],
    source: { file, lines: [row, row] },
    facts: {},
    lineOf: { summary: null, duties: [], specialRequirements: [] },
    notes: [],
  };
}

function missingCodeColumn(
  sheet: Sheet,
  tally: Tally | undefined,
  diagnostics: Diagnostic[],
): void {
  const content = sheet.rows.filter((r) => r.cells.some((c) => c !== '')).length;
  if (tally !== undefined) tally.content += content;
  diagnostics.push({
    file: sheet.file,
    line: 1,
    severity: 'error',
    code: 'csv-row',
    message:
      `${sheet.file}: no "Class Code" column (columns: ${sheet.header.join(', ') || 'none'}); ` +
      `its ${content} rows were not read.`,
    text: sheet.lines.join('\n'),
  });
}

function csvRowDiagnostic(sheet: Sheet, row: number, what: string): Diagnostic {
  return {
    file: sheet.file,
    line: row,
    severity: 'warning',
    code: 'csv-row',
    message: `${sheet.file} row ${row}: ${what}; the row is kept as unplaced text.`,
    text: sheet.lines[row - 1] ?? '',
  };
}

/**
 * Walks a keyed sheet: a row with a code starts that class's block, a row with a blank code continues
 * it, an all-blank row is skipped. `place` gets the class and the row's text cells.
 */
function walkSheet(
  sheet: Sheet,
  drafts: Map<string, Draft>,
  tallies: Map<string, Tally>,
  diagnostics: Diagnostic[],
  textColumns: number[],
  place: (draft: Draft, row: number, texts: string[]) => boolean,
): void {
  const tally = tallies.get(sheet.file);
  const codeCol = columnIndex(sheet.header, ...CODE_COLUMN);
  const titleCol = columnIndex(sheet.header, 'Class Title', 'Title');
  if (codeCol < 0) {
    missingCodeColumn(sheet, tally, diagnostics);
    return;
  }
  let current: { code: string; draft: Draft | undefined } | null = null;
  for (const { row, cells } of sheet.rows) {
    if (cells.every((c) => c === '')) continue;
    const code = normalizeSucssCode(cells[codeCol] ?? '');
    const texts = textColumns.map((i) => (i < 0 ? '' : (cells[i] ?? '')));
    const other = cells.some((c, i) => c !== '' && i !== codeCol && i !== titleCol);
    if (code !== '') current = { code, draft: drafts.get(code) };
    // A known class's row holding only its code and title adds nothing: not content.
    if (code !== '' && current?.draft !== undefined && !other) continue;
    if (tally !== undefined) tally.content += 1;
    if (current === null) {
      diagnostics.push(csvRowDiagnostic(sheet, row, 'a continuation row with no class above it'));
      continue;
    }
    if (current.draft === undefined) {
      const what =
        code !== ''
          ? `class code ${code} is not in the root index`
          : `it continues class code ${current.code}, which is not in the root index`;
      diagnostics.push(csvRowDiagnostic(sheet, row, what));
      continue;
    }
    if (place(current.draft, row, texts)) {
      if (tally !== undefined) tally.placed += 1;
      tally?.classIds.add(current.draft.job.id);
    } else {
      diagnostics.push(csvRowDiagnostic(sheet, row, 'no field of the class holds it'));
    }
  }
}

/**
 * NOTE: a sub-item row continuing a duty that announces a list is folded into that duty:
 * "…with responsibility for:" + "a. identifying the need…" → one duty "…with responsibility for:
 * a. identifying the need…". Other rows are one duty each.
 */
function addDuty(draft: Draft, text: string, row: number): void {
  const last = draft.duties[draft.duties.length - 1];
  const subItem = /^\(?([a-z]|\d{1,2})[.)]\s/.test(text);
  if (last !== undefined && last.open && subItem) {
    last.text = `${last.text} ${text}`;
    return;
  }
  const open = /(:|\b(such as|by|for|include|including|of|to))\s*$/i.test(text);
  draft.duties.push({ text, line: row, open });
}

function finishClass(
  draft: Draft,
  diagnostics: Diagnostic[],
  fileOf: (key: keyof SucssSheets) => string,
  sheets: SucssSheets,
): JobClass {
  const job = draft.job;
  const fields: NonNullable<JobClass['fileOf']> = {};
  if (sheets.jobDuties !== undefined) fields.summary = fileOf('jobDuties');
  if (sheets.levelsOfWork !== undefined) fields.duties = fileOf('levelsOfWork');
  if (sheets.ksa !== undefined) fields.ksas = fileOf('ksa');
  if (sheets.maq !== undefined) fields.qualifications = fileOf('maq');
  job.fileOf = fields;

  const firstSummary = draft.summary[0];
  const lastSummary = draft.summary[draft.summary.length - 1];
  job.summary = draft.summary.map((l) => foldSpaces(l.text)).join(' ');
  job.lineOf.summary =
    firstSummary?.line != null && lastSummary?.line != null
      ? [firstSummary.line, lastSummary.line]
      : null;
  job.duties = draft.duties.map((d) => foldSpaces(d.text));
  job.lineOf.duties = draft.duties.map((d) => d.line);

  // NOTE: ksa.csv holds one statement per row already; a row that starts in lower case or holds a
  // semicolon is still its own statement ("ability to …; and …" stays one KSA).
  const ksas = parseKsas(draft.ksas, { file: fileOf('ksa'), classId: job.id, onePerLine: true });
  job.ksas = ksas.value;
  diagnostics.push(...ksas.diagnostics);

  // NOTE: the MAQ text column is the list flattened one line per row; the HTML column (first row)
  // renders the same list and is read only when a class has no MAQ text at all.
  const maqLines =
    draft.maqText.length > 0
      ? draft.maqText
      : draft.maqHtml.flatMap(({ text: html, line }) =>
          htmlToLines(html)
            .filter((text) => text !== '')
            .map((text) => ({ text, line })),
        );
  const qualifications = parseQualifications(maqLines, { file: fileOf('maq'), classId: job.id });
  job.qualifications = qualifications.value;
  diagnostics.push(...qualifications.diagnostics);
  return job;
}

/**
 * NOTE: this export names no series, so a title ending in a roman numeral is read as a rung of the
 * family its other words name: "Accountant III" → series "Accountant", level 3 (the numeral, even when
 * lower rungs are missing). Titles without a numeral keep series null; no promotional line is given.
 */
function assignSeries(classes: JobClass[], jurisdiction: string): void {
  for (const job of classes) {
    const match = /^(.+?)\s+([IVX]+)$/.exec(job.title);
    const family = match?.[1]?.trim();
    const level = match?.[2] === undefined ? null : sucssLevel(match[2]);
    if (family === undefined || level === null) continue;
    const series: SeriesInfo = {
      // Same form as parseSpecDocument's series ids: `<jurisdiction>:<slug of the series name>`.
      id: `${jurisdiction}:${slugify(family)}`,
      title: family,
      level,
      promotionalLine: null,
    };
    job.series = series;
  }
}

/**
 * The rung a title's numeral names: the numerals I to XII as usually written, else null.
 * NOTE: "IV" → 4; "IIII", "XIII" and "XX" → null (not the usual form, or above XII).
 */
function sucssLevel(numeral: string): number | null {
  const n = romanToNumber(numeral);
  return n !== null && n >= 1 && n <= 12 && toRoman(n) === numeral ? n : null;
}
