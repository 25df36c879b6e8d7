// A CSV file that is not a known class index → one line per row, cells joined by tabs, so the text
// parsers can still read it (tables in other formats reach them the same way).
// [Reference] RFC 4180 (quoted fields may hold commas, quotes and line breaks), via d3-dsv.

import { csvParseRows } from 'd3-dsv';
import { foldSpaces } from '../../model/index.ts';

/**
 * NOTE: a quoted cell spanning lines stays on its row: `1,"a\nb"` → ["1\ta b"]. Empty trailing
 * cells are dropped, and a row of empty cells becomes a blank line.
 */
export function csvToLines(text: string): string[] {
  return csvParseRows(text.replace(/^\uFEFF/, '')).map(csvRowToLine);
}

/** One parsed CSV row → its text line: cells with their spacing folded, joined by tabs. */
export function csvRowToLine(cells: readonly string[]): string {
  const clean = cells.map(foldSpaces);
  while (clean.length > 0 && clean[clean.length - 1] === '') clean.pop();
  return clean.join('\t');
}
