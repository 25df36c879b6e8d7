// Test fixtures for the KSA floor: seed sections sliced by line range, and a crude extraction of
// the CalHR corpus's "Knowledge and Abilities" sections (the real spec parser is tested elsewhere).

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SourceLine } from '../../../src/domain/model/index.ts';
import { CALHR, ONET, SUCSS } from '../../fixtures/corpus.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
export const SEEDS_DIR = join(HERE, '../../../data/seeds');
// The corpus where tests/fixtures/corpus.ts finds it (RUNGS_CORPUS, else ../shared beside the project).
export const CALHR_DIR = CALHR;
export const SUCSS_DIR = SUCSS;
export const ONET_FILE = ONET;

/** Lines `from`..`to` (1-based, inclusive) of a seed in data/seeds, with their line numbers. */
export function seedLines(file: string, from: number, to: number): SourceLine[] {
  const all = readFileSync(join(SEEDS_DIR, file), 'utf8').split(/\r?\n/);
  return all.slice(from - 1, to).map((text, i) => ({ text, line: from + i }));
}

/** Plain lines numbered from 1, for table-driven cases. */
export function numbered(...texts: string[]): SourceLine[] {
  return texts.map((text, i) => ({ text, line: i + 1 }));
}

const SECTION_END =
  /^\s*(Special Personal|Special Physical|Additional Desirable|Desirable Qualifications|Updated:|Special Requirements?|Minimum Qualifications|Class Code|Class History|Typical Tasks|Felony Disqualification|Citizenship Requirement|Medical Requirement|Background Investigation|Drug Testing|Alternate Range Criteria|Range [A-Z]\b)/i;

export interface CalhrSection {
  file: string;
  lines: SourceLine[];
}

/** The "Knowledge and Abilities" section of every CalHR file that has one; [] without the corpus. */
export function calhrKsaSections(): CalhrSection[] {
  if (!existsSync(CALHR_DIR)) return [];
  const out: CalhrSection[] = [];
  for (const file of readdirSync(CALHR_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const lines = readFileSync(join(CALHR_DIR, file), 'utf8').split(/\r?\n/);
    const start = lines.findIndex((l) => /^\s*Knowledge and Abilities\s*$/i.test(l));
    if (start < 0) continue;
    let end = lines.length;
    for (let i = start + 1; i < lines.length; i++) {
      if (SECTION_END.test(lines[i] ?? '')) {
        end = i;
        break;
      }
    }
    out.push({
      file,
      lines: lines.slice(start, end).map((text, i) => ({ text, line: start + 1 + i })),
    });
  }
  return out;
}
