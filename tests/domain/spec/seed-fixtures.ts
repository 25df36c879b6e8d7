// The bundled seed documents as test fixtures: read from data/seeds, parsed with their manifest
// jurisdiction.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { JobClass } from '../../../src/domain/model/index.ts';
import { splitTextLines } from '../../../src/domain/spec/formats/index.ts';
import { parseSpecDocument } from '../../../src/domain/spec/parse-spec-document.ts';

export const SEEDS = {
  sucss: { file: 'il-sucss-medical-social-services-series.txt', jurisdiction: 'il-sucss' },
  westchester: {
    file: 'westchester-ny-case-manager-ii-social-work.txt',
    jurisdiction: 'westchester-ny',
  },
  md: { file: 'md-county-client-assistance-specialist.txt', jurisdiction: 'md-county' },
  cms: { file: 'il-cms-social-service-planner-series.txt', jurisdiction: 'il-cms' },
  ny: { file: 'ny-county-intensive-case-manager.txt', jurisdiction: 'ny-county' },
} as const;

export type SeedName = keyof typeof SEEDS;

export function seedLines(name: SeedName): string[] {
  const path = fileURLToPath(new URL(`../../../data/seeds/${SEEDS[name].file}`, import.meta.url));
  return splitTextLines(readFileSync(path, 'utf8'));
}

export function parseSeed(name: SeedName) {
  const { file, jurisdiction } = SEEDS[name];
  return parseSpecDocument(seedLines(name), {
    file: `seeds/${file}`,
    jurisdiction,
    format: 'text',
  });
}

/** The class with this code (or id suffix); fails loudly when missing. */
export function classByCode(classes: readonly JobClass[], code: string): JobClass {
  const found = classes.find((c) => c.code === code || c.id.endsWith(`:${code}`));
  if (!found) throw new Error(`no class ${code} among ${classes.map((c) => c.id).join(', ')}`);
  return found;
}
