// Tables of classes in a series document, as the extractions render them: tab-separated rows
// (one row per line, blank lines allowed between) or one cell per line ("vertical").
// [Reference] the SUCSS seed ("Code No.\tClass Title\tOcc. Area…"), the CMS seed ("CLASS TITLE\t
// POSITION CODE"), CalHR "Class Titles and Codes" and class history tables.

import { memoizeText } from '../model/index.ts';
import type { LogicalLine } from './normalize-lines.ts';

export type TableColumn =
  | 'code'
  | 'title'
  | 'schematicCode'
  | 'occupationalArea'
  | 'workArea'
  | 'probation'
  | 'effectiveDate'
  | 'lastAction'
  | 'established'
  | 'revised'
  | 'titleChanged'
  | 'other';

export interface TableRow {
  cells: Partial<Record<TableColumn, string>>;
  /** Indices (in the logical lines) of the row's lines. */
  indices: number[];
}

export interface SeriesTable {
  /** 'classes' lists the classes of the document; 'history' gives dates for classes listed elsewhere. */
  kind: 'classes' | 'history';
  headerIndices: number[];
  rows: TableRow[];
  /** Index just after the table's last line. */
  end: number;
}

// Every short line of a document is tried as a column name, and the same lines ("Typical Tasks")
// recur across documents: each distinct name is read once.
const columnOf = memoizeText(readColumn, 20_000);

function readColumn(name: string): TableColumn | null {
  const n = name
    .toLowerCase()
    .replace(/[^a-z ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (/^(?:code(?: no)?|class code|position code|class no|class number|code number)$/.test(n))
    return 'code';
  if (/^(?:class|class title|title|classification|classification title|position title)$/.test(n))
    return 'title';
  if (/^schem(?:atic)?(?: code)?$/.test(n)) return 'schematicCode';
  if (/^occ(?:upational)? area$/.test(n)) return 'occupationalArea';
  if (/^work area$/.test(n)) return 'workArea';
  if (/^prob(?:ation(?:ary)?)?(?: period)?$/.test(n)) return 'probation';
  if (/^effective(?: date)?$/.test(n)) return 'effectiveDate';
  if (/^last action$/.test(n)) return 'lastAction';
  if (/^(?:date )?established$/.test(n)) return 'established';
  if (/^(?:date )?revised$/.test(n)) return 'revised';
  if (/^(?:date )?title changed$/.test(n)) return 'titleChanged';
  if (/^(?:date )?cea established$|^date cea established$/.test(n)) return 'other';
  return null;
}

function headerColumns(names: string[]): TableColumn[] | null {
  const cols = names.map(columnOf);
  if (cols.some((c) => c === null)) return null;
  const known = cols as TableColumn[];
  if (!known.includes('title') || known.length < 2) return null;
  return known;
}

function kindOf(cols: TableColumn[]): 'classes' | 'history' {
  return cols.includes('code') ? 'classes' : 'history';
}

const CODE = /^[A-Z0-9]{1,4}[0-9A-Z-]{0,6}$/i;
const DATE_CELL =
  /^(?:--|-|n\/?a|none|\d{1,2}\/\d{1,2}\/\d{2,4}|\d{4}|[A-Z][a-z]+ \d{1,2}, \d{4})$/i;

function validCell(col: TableColumn, value: string): boolean {
  switch (col) {
    case 'code':
      return /^\d{2,6}[A-Z]?$/.test(value) || (CODE.test(value) && /\d/.test(value));
    case 'schematicCode':
      return /^[A-Z0-9]{2,6}$/.test(value);
    case 'title':
      return value.length > 1 && value.length <= 200 && /[A-Za-z]/.test(value);
    case 'established':
    case 'revised':
    case 'titleChanged':
    case 'other':
      return DATE_CELL.test(value) || value.length <= 30;
    default:
      return value.length <= 40;
  }
}

function rowFrom(cols: TableColumn[], values: string[], indices: number[]): TableRow | null {
  if (values.length < 2 || values.length > cols.length) return null;
  const cells: Partial<Record<TableColumn, string>> = {};
  for (let i = 0; i < values.length; i += 1) {
    const col = cols[i];
    const value = (values[i] ?? '').trim();
    if (!col) return null;
    if (value !== '' && !validCell(col, value)) return null;
    if (value !== '') cells[col] = value;
  }
  if (!cells.title) return null;
  return { cells, indices };
}

/**
 * Reads a table whose header starts at `start`, or returns null when no table header is there.
 * NOTE: "Schem Code\tClass Code\tClass" + "AT56\t0175\tSupervising Veterinarian (General)" →
 * one 'classes' row { schematicCode: "AT56", code: "0175", title: "Supervising Veterinarian (General)" }.
 */
export function parseSeriesTable(lines: readonly LogicalLine[], start: number): SeriesTable | null {
  const first = lines[start];
  if (!first) return null;
  const hasTab = first.text.includes('\t');
  if (!hasTab && first.text.length > 30) return null;
  if (hasTab) {
    const cols = headerColumns(first.text.split('\t'));
    if (!cols) return null;
    const rows: TableRow[] = [];
    let i = start + 1;
    for (; i < lines.length; i += 1) {
      const line = lines[i];
      if (!line || !line.text.includes('\t')) break;
      const values = line.text.split('\t');
      // NOTE: a row missing its first cell ("5723\tResearch Program Specialist II (…)" under
      // "Schem Code\tClass Code\tClass") is read right-aligned.
      const row =
        rowFrom(cols, values, [i]) ?? rowFrom(cols.slice(cols.length - values.length), values, [i]);
      if (!row) break;
      rows.push(row);
    }
    if (rows.length === 0) return null;
    return { kind: kindOf(cols), headerIndices: [start], rows, end: i };
  }
  // Vertical: one column name per line, then one cell per line.
  const names: string[] = [];
  let i = start;
  while (i < lines.length && names.length < 8) {
    const text = lines[i]?.text ?? '';
    if (columnOf(text) === null || text.length > 30) break;
    names.push(text);
    i += 1;
  }
  const cols = names.length >= 2 ? headerColumns(names) : null;
  if (!cols) return null;
  const headerIndices = names.map((_, k) => start + k);
  const rows: TableRow[] = [];
  while (i + cols.length <= lines.length) {
    const group = lines.slice(i, i + cols.length);
    if (group.some((l) => l.text.includes('\t'))) break;
    const row = rowFrom(
      cols,
      group.map((l) => l.text),
      group.map((_, k) => i + k),
    );
    if (!row || (cols.includes('code') && !row.cells.code)) break;
    rows.push(row);
    i += cols.length;
  }
  if (rows.length === 0) return null;
  return { kind: kindOf(cols), headerIndices, rows, end: i };
}
