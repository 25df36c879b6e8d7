// Every document of the public corpus (../shared/corpus) parsed: none throws, each yields a titled
// class; prints the placed share and how many classes have routes, KSAs and codes.
// Skipped, with a message, when the corpus folder is absent.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../src/domain/diagnostics.ts';
import type { JobClass, SourceDocument } from '../../../src/domain/model/index.ts';
import { splitTextLines } from '../../../src/domain/spec/formats/index.ts';
import { parseSpecDocument } from '../../../src/domain/spec/parse-spec-document.ts';
import {
  parseSucssIndex,
  SUCSS_SHEET_FILES,
  type SucssSheets,
} from '../../../src/domain/spec/sucss-index.ts';

import { CALHR, SUCSS } from '../../fixtures/corpus.ts';

const present = existsSync(CALHR);
if (!present)
  console.log(`corpus sweep skipped: ${CALHR} is absent (the seeds are tested on their own).`);

interface Tally {
  files: number;
  classes: number;
  placed: number;
  content: number;
  routes: number;
  ksas: number;
  codes: number;
  duties: number;
}

function tally(
  classes: readonly JobClass[],
  documents: readonly SourceDocument[],
  files: number,
): Tally {
  return {
    files,
    classes: classes.length,
    placed: documents.reduce((n, d) => n + d.placedLines, 0),
    content: documents.reduce((n, d) => n + d.contentLines, 0),
    routes: classes.filter((c) => c.qualifications.routes.length > 0).length,
    ksas: classes.filter((c) => c.ksas.length > 0).length,
    codes: classes.filter((c) => c.code !== null).length,
    duties: classes.filter((c) => c.duties.length > 0).length,
  };
}

function report(name: string, t: Tally): string {
  const pct = (n: number, of: number) => `${((100 * n) / Math.max(1, of)).toFixed(1)}%`;
  return (
    `${name}: ${t.files} files, ${t.classes} classes; lines placed ${t.placed}/${t.content} (${pct(t.placed, t.content)}); ` +
    `with routes ${t.routes} (${pct(t.routes, t.classes)}), KSAs ${t.ksas} (${pct(t.ksas, t.classes)}), ` +
    `codes ${t.codes} (${pct(t.codes, t.classes)}), duties ${t.duties} (${pct(t.duties, t.classes)})`
  );
}

describe.skipIf(!present)('parseSpecDocument(lines, options) over the CalHR corpus', () => {
  it('parses every file without throwing, each into at least one titled class', () => {
    const files = readdirSync(CALHR)
      .filter((f) => f.endsWith('.txt'))
      .sort();
    expect(files.length).toBeGreaterThan(1000);
    const classes: JobClass[] = [];
    const documents: SourceDocument[] = [];
    const failures: Diagnostic[] = [];
    const untitled: string[] = [];
    for (const f of files) {
      const lines = splitTextLines(readFileSync(`${CALHR}/${f}`, 'utf8'));
      const { value, diagnostics } = parseSpecDocument(lines, {
        file: f,
        jurisdiction: 'calhr',
        format: 'text',
      });
      failures.push(...diagnostics.filter((d) => d.code === 'unreadable-file'));
      if (value.classes.length === 0 || value.classes.some((c) => c.title.trim() === ''))
        untitled.push(f);
      classes.push(...value.classes);
      documents.push(value.document);
    }
    const t = tally(classes, documents, files.length);
    console.log(report('CalHR', t));
    expect(failures).toEqual([]);
    expect(untitled).toEqual([]);
    expect(t.classes).toBeGreaterThanOrEqual(files.length);
    expect(t.placed).toBeLessThanOrEqual(t.content);
  });
});

describe.skipIf(!existsSync(SUCSS))(
  'parseSucssIndex(sheets, options) over the il-sucss export',
  () => {
    it('reads every class of the root index with a title', () => {
      const sheets: Partial<SucssSheets> = {};
      for (const [key, name] of Object.entries(SUCSS_SHEET_FILES) as [
        keyof SucssSheets,
        string,
      ][]) {
        if (existsSync(`${SUCSS}/${name}`)) sheets[key] = readFileSync(`${SUCSS}/${name}`, 'utf8');
      }
      const { value } = parseSucssIndex(
        { ...sheets, rootIndex: sheets.rootIndex ?? '' },
        { folder: 'il-sucss', jurisdiction: 'il-sucss' },
      );
      console.log(
        report('il-sucss', tally(value.classes, value.documents, value.documents.length)),
      );
      expect(value.classes.length).toBeGreaterThan(500);
      expect(value.classes.filter((c) => c.title.trim() === '')).toEqual([]);
    });
  },
);
