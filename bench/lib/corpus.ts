// Where the bench finds the shared corpus (CalHR text specs + the SUCSS CSV index; RUNGS_CORPUS
// moves it), and its classes replicated as if more jurisdictions had published them. Node only.
// [Reference] ../shared/corpus/README.md.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { JobClass } from '../../src/domain/model/index.ts';

export const CORPUS = process.env.RUNGS_CORPUS ?? '/work/shared/corpus';
export const CALHR = join(CORPUS, 'calhr');
export const SUCSS = join(CORPUS, 'il-sucss');

export function corpusPresent(): boolean {
  return existsSync(CALHR) && existsSync(SUCSS);
}

/**
 * The classes copied `times` times, each copy under renamed jurisdictions (`calhr-r2`, …) with ids,
 * series ids and file names renamed to match, as if `times` jurisdictions had published them.
 */
export function replicate(classes: readonly JobClass[], times: number): JobClass[] {
  const out: JobClass[] = [...classes];
  for (let r = 2; r <= times; r++) {
    for (const c of classes) {
      const jur = `${c.jurisdiction}-r${r}`;
      const rename = (id: string): string =>
        id.startsWith(`${c.jurisdiction}:`)
          ? `${jur}:${id.slice(c.jurisdiction.length + 1)}`
          : `${jur}:${id}`;
      out.push({
        ...c,
        id: rename(c.id),
        jurisdiction: jur,
        series: c.series ? { ...c.series, id: rename(c.series.id) } : null,
        source: { ...c.source, file: `r${r}/${c.source.file}` },
      });
    }
  }
  return out;
}
