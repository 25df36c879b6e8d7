// Test helper: the lines of a bundled seed document by line range, as the spec parser hands a class's
// qualification sections to parseQualifications (1-based, inclusive, blank lines left out).

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { SourceLine } from '../../../src/domain/model/index.ts';

const SEEDS = fileURLToPath(new URL('../../../data/seeds/', import.meta.url));

const cache = new Map<string, string[]>();

function linesOf(file: string): string[] {
  let lines = cache.get(file);
  if (lines === undefined) {
    // The seeds mix CRLF, LF and lone CR line ends.
    lines = readFileSync(`${SEEDS}${file}`, 'utf8').split(/\r\n|\r|\n/);
    cache.set(file, lines);
  }
  return lines;
}

/** The non-blank lines of `file` within each [from, to] range. */
export function seedLines(file: string, ...ranges: [number, number][]): SourceLine[] {
  const lines = linesOf(file);
  const out: SourceLine[] = [];
  for (const [from, to] of ranges) {
    for (let n = from; n <= to; n++) {
      const text = lines[n - 1];
      if (text !== undefined && text.trim() !== '') out.push({ text, line: n });
    }
  }
  return out;
}

export const SUCSS = 'il-sucss-medical-social-services-series.txt';
export const WESTCHESTER = 'westchester-ny-case-manager-ii-social-work.txt';
export const CLIENT_ASSISTANCE = 'md-county-client-assistance-specialist.txt';
export const CMS_PLANNERS = 'il-cms-social-service-planner-series.txt';
export const INTENSIVE = 'ny-county-intensive-case-manager.txt';
