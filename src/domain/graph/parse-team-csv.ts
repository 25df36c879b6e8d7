// parseTeamCsv(graph, text): a manager's team from a CSV file — one member per row: a label, the
// class they hold (its code or title) and the months they have held it. Good rows become members;
// each bad row becomes a diagnostic naming the row and the problem, and the rest are kept.
// [Reference] issue 5 "Team gap" (CSV import); RFC 4180 via d3-dsv; ../shared/STYLE.md "Errors".
// NOTE: a header row is recognised by its words ("name,class,months", "Label;Class code;Months in
// class") and maps the columns in any order; without one the columns are label, class, months.
// Rows are numbered as a spreadsheet shows them: the first line is row 1.

import { csvParseRows, dsvFormat } from 'd3-dsv';
import type { Diagnostic, Parsed } from '../diagnostics.ts';
import type { CareerGraph } from './career-graph.ts';
import { findClasses } from './find-classes.ts';
import type { TeamMember } from './queries/team-gap.ts';

export interface ParseTeamCsvOptions {
  /** The file name diagnostics cite. Default "team.csv". */
  file?: string;
  /** Labels already in the team, so an import does not repeat one. Default none. */
  existingLabels?: readonly string[];
}

type Column = 'label' | 'class' | 'months';

const HEADER_WORDS: Record<Column, RegExp> = {
  label: /^(label|name|member|employee|person|who)\b/i,
  class: /^(class|current class|class code|code|title|class title|job class|job title|position)\b/i,
  months: /^(months?|months in class|months held|time|tenure|experience)\b/i,
};

/** NOTE: "10" → 10; "2.5" → 2.5; "2 years" → 24; "18 mo" → 18; "ten" → null. */
export function parseMonthsCell(cell: string): number | null {
  const m = /^(\d+(?:[.,]\d+)?)\s*(y|yrs?|years?|m|mos?|months?)?\.?$/i.exec(cell.trim());
  if (!m || m[1] === undefined) return null;
  const n = Number(m[1].replace(',', '.'));
  if (!Number.isFinite(n)) return null;
  return m[2] && /^y/i.test(m[2]) ? n * 12 : n;
}

function splitRows(text: string): string[][] {
  const clean = text.replace(/^\uFEFF/, '');
  const first = clean.split(/\r?\n/, 1)[0] ?? '';
  const count = (ch: string): number => first.split(ch).length - 1;
  // Spreadsheets in some locales save with semicolons; a tab-separated paste is common too.
  if (count(';') > count(',') && count(';') >= count('\t')) return dsvFormat(';').parseRows(clean);
  if (count('\t') > count(',')) return dsvFormat('\t').parseRows(clean);
  return csvParseRows(clean);
}

function headerColumns(row: string[]): Map<Column, number> | null {
  const found = new Map<Column, number>();
  row.forEach((cell, i) => {
    const c = cell.trim();
    for (const col of ['label', 'class', 'months'] as const) {
      if (!found.has(col) && HEADER_WORDS[col].test(c)) {
        found.set(col, i);
        return;
      }
    }
  });
  return found.has('class') && (found.has('label') || found.has('months')) ? found : null;
}

/** The class a cell names: a class id, a code (leading zeros optional), or a title, exact first. */
function resolveClass(graph: CareerGraph, ref: string): string[] {
  const found = findClasses(graph, ref);
  if (found.length > 0 || !/^\d+$/.test(ref)) return found;
  // NOTE: a spreadsheet turns the code "0876" into 876: match codes by their number as well.
  const n = Number(ref);
  return graph.filterNodes(
    (_id, c) => c.code !== null && /^\d+$/.test(c.code) && Number(c.code) === n,
  );
}

export function parseTeamCsv(
  graph: CareerGraph,
  text: string,
  options: ParseTeamCsvOptions = {},
): Parsed<TeamMember[]> {
  const file = options.file ?? 'team.csv';
  const members: TeamMember[] = [];
  const diagnostics: Diagnostic[] = [];
  const labels = new Map<string, number | null>(
    (options.existingLabels ?? []).map((l) => [l.toLowerCase(), null]),
  );
  const rows = splitRows(text);
  const report = (
    row: number,
    message: string,
    cells: string[],
    severity: Diagnostic['severity'] = 'error',
  ): void => {
    diagnostics.push({
      file,
      line: row,
      severity,
      code: 'csv-row',
      message: `Row ${row}: ${message}`,
      text: cells.join(', '),
    });
  };

  if (rows.every((r) => r.every((c) => c.trim() === ''))) {
    diagnostics.push({
      file,
      line: null,
      severity: 'error',
      code: 'empty-file',
      message: 'The file has no rows.',
    });
    return { value: members, diagnostics };
  }

  let columns = new Map<Column, number>([
    ['label', 0],
    ['class', 1],
    ['months', 2],
  ]);
  let firstData = 0;
  const header = rows[0] ? headerColumns(rows[0]) : null;
  if (header) {
    columns = header;
    firstData = 1;
    const used = new Set(header.values());
    const unused = (rows[0] ?? []).filter((c, i) => !used.has(i) && c.trim() !== '');
    if (unused.length > 0)
      report(
        1,
        `column${unused.length > 1 ? 's' : ''} ${unused.map((c) => `"${c.trim()}"`).join(', ')} not used (a team row is a label, a class and months).`,
        rows[0] ?? [],
        'warning',
      );
    if (!header.has('label'))
      report(
        1,
        'no label column: members are named by their row ("Row 2"…).',
        rows[0] ?? [],
        'warning',
      );
    if (!header.has('months'))
      report(
        1,
        'no months column: every member is counted with 0 months in their class.',
        rows[0] ?? [],
        'warning',
      );
  }

  for (let i = firstData; i < rows.length; i++) {
    const cells = rows[i] ?? [];
    const row = i + 1;
    if (cells.every((c) => c.trim() === '')) continue;
    const cell = (col: Column): string | null => {
      const at = columns.get(col);
      return at === undefined ? null : (cells[at] ?? '').trim();
    };
    const problems: string[] = [];

    const label = cell('label') ?? `Row ${row}`;
    if (label === '') problems.push('the label is empty');

    const ref = cell('class') ?? '';
    let classId: string | null = null;
    if (ref === '') {
      problems.push('the class is empty');
    } else {
      const ids = resolveClass(graph, ref);
      if (ids.length === 0) problems.push(`no class matches "${ref}"`);
      else if (ids.length > 1) {
        const names = ids.slice(0, 3).map((id) => {
          const c = graph.getNodeAttributes(id);
          return c.code ? `${c.title} (${c.code})` : c.title;
        });
        problems.push(
          `"${ref}" matches ${ids.length} classes (${names.join('; ')}${ids.length > 3 ? '; …' : ''}): give the class code or the full title`,
        );
      } else classId = ids[0] ?? null;
    }

    const monthsCell = cell('months');
    let months = 0;
    if (monthsCell !== null) {
      const parsed = monthsCell === '' ? null : parseMonthsCell(monthsCell);
      if (monthsCell === '') problems.push('the months are empty');
      else if (parsed === null) problems.push(`"${monthsCell}" is not a number of months`);
      else months = parsed;
    }

    if (label !== '') {
      const seen = labels.get(label.toLowerCase());
      if (seen !== undefined)
        problems.push(
          seen === null
            ? `the label "${label}" is already in the team`
            : `the label "${label}" is already used on row ${seen}`,
        );
    }

    const used = new Set(columns.values());
    const extra = cells.filter((c, j) => !used.has(j) && c.trim() !== '');

    if (problems.length > 0 || classId === null) {
      report(row, `${problems.join('; ')}. The row was not imported.`, cells);
      continue;
    }
    if (extra.length > 0 && !header)
      report(
        row,
        `extra cell${extra.length > 1 ? 's' : ''} ${extra.map((c) => `"${c.trim()}"`).join(', ')} not used.`,
        cells,
        'warning',
      );
    labels.set(label.toLowerCase(), row);
    members.push({ label, classId, months });
  }
  return { value: members, diagnostics };
}
