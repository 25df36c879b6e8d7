// The shared corpus (CalHR text specs + the SUCSS CSV index) read and parsed the way `npm run
// ingest` does, one stage at a time so the bench can time each. Node only; skips when absent.
// [Reference] ../shared/corpus/README.md.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GraphDocument, JobClass, SourceDocument } from '../../src/domain/model/index.ts';
import { assembleGraphDocument } from '../../src/domain/spec/assemble-graph-document.ts';
import { decodeText, splitTextLines } from '../../src/domain/spec/formats/index.ts';
import { parseSpecDocument } from '../../src/domain/spec/parse-spec-document.ts';
import {
  parseSucssIndex,
  SUCSS_SHEET_FILES,
  type SucssSheets,
} from '../../src/domain/spec/sucss-index.ts';

export const CORPUS = process.env.RUNGS_CORPUS ?? '/work/shared/corpus';
export const CALHR = join(CORPUS, 'calhr');
export const SUCSS = join(CORPUS, 'il-sucss');

export function corpusPresent(): boolean {
  return existsSync(CALHR) && existsSync(SUCSS);
}

export interface ReadCorpus {
  calhr: { file: string; text: string }[];
  sucss: Partial<SucssSheets>;
  bytes: number;
}

export function readCorpus(): ReadCorpus {
  let bytes = 0;
  const calhr = readdirSync(CALHR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const raw = readFileSync(join(CALHR, f));
      bytes += raw.length;
      return { file: `calhr/${f}`, text: decodeText(raw, `calhr/${f}`).value?.text ?? '' };
    });
  const sucss: Partial<SucssSheets> = {};
  for (const [key, name] of Object.entries(SUCSS_SHEET_FILES) as [keyof SucssSheets, string][]) {
    const path = join(SUCSS, name);
    if (!existsSync(path)) continue;
    const raw = readFileSync(path);
    bytes += raw.length;
    sucss[key] = decodeText(raw, `il-sucss/${name}`).value?.text ?? '';
  }
  return { calhr, sucss, bytes };
}

export interface ParsedCorpus {
  documents: { classes: JobClass[]; document: SourceDocument }[];
}

export function parseCorpus(read: ReadCorpus): ParsedCorpus {
  const documents = read.calhr.map(
    ({ file, text }) =>
      parseSpecDocument(splitTextLines(text), { file, jurisdiction: 'calhr', format: 'text' })
        .value,
  );
  if (read.sucss.rootIndex !== undefined) {
    const sucss = parseSucssIndex(
      { ...read.sucss, rootIndex: read.sucss.rootIndex },
      { folder: 'il-sucss', jurisdiction: 'il-sucss' },
    ).value;
    sucss.documents.forEach((document, i) =>
      documents.push({ document, classes: i === 0 ? sucss.classes : [] }),
    );
  }
  return { documents };
}

export function assembleCorpus(parsed: ParsedCorpus): GraphDocument {
  return assembleGraphDocument({
    documents: parsed.documents,
    jurisdictions: [
      { id: 'calhr', name: 'State of California (CalHR)', kind: 'state agency', inferred: false },
      {
        id: 'il-sucss',
        name: 'Illinois State Universities Civil Service System (SUCSS)',
        kind: 'state university system',
        inferred: false,
      },
    ],
    generatedAt: '2026-01-01T00:00:00.000Z',
  });
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
