import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isSucssFolder, readSucssFolder } from '../../src/cli/read-sucss-folder.ts';
import { SUCSS as CORPUS } from '../fixtures/corpus.ts';

let tmp = '';
const write = (name: string, content: string): void => {
  const path = join(tmp, name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
};

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'rungs-read-sucss-'));
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

describe('readSucssFolder(dir, options)', () => {
  it('reads the sheets present and names a row with an unknown class code', async () => {
    const dir = join(tmp, 'my-index');
    write(
      'my-index/root-index.csv',
      'Class Code,Class Title,Prob Period\r\n264,Medical Social Assistant,6\r\n',
    );
    write(
      'my-index/ksa.csv',
      'Class Code,Class Title,KSA\n264,Medical Social Assistant,Knowledge of casework.\n77,Gone,Ability to vanish.\n',
    );
    const { value, diagnostics } = await readSucssFolder(dir, { jurisdiction: 'il-sucss' });
    expect(value.classes.map((c) => [c.id, c.title, c.ksas.length])).toEqual([
      ['il-sucss:0264', 'Medical Social Assistant', 1],
    ]);
    expect(value.documents.map((d) => [d.file, d.placedLines, d.contentLines])).toEqual([
      ['my-index/root-index.csv', 1, 1],
      ['my-index/ksa.csv', 1, 2],
    ]);
    expect(diagnostics.filter((d) => d.code === 'csv-row').map((d) => [d.file, d.line])).toEqual([
      ['my-index/ksa.csv', 3],
    ]);
  });

  it('names a folder without a root index', async () => {
    const dir = join(tmp, 'no-root');
    write('no-root/ksa.csv', 'Class Code,Class Title,KSA\n');
    const { value, diagnostics } = await readSucssFolder(dir, {
      jurisdiction: 'x',
      folder: 'exports/no-root',
    });
    expect(value).toEqual({ classes: [], documents: [] });
    expect(diagnostics.map((d) => [d.code, d.file])).toEqual([
      ['unreadable-file', 'exports/no-root/root-index.csv'],
    ]);
  });
});

describe('isSucssFolder(dir)', () => {
  it('recognises a folder with a keyed root index, and only that', async () => {
    write('yes/root-index.csv', 'Class Code,Class Title\n1,A\n');
    write('no-key/root-index.csv', 'Code Name,Title\n1,A\n');
    expect(await isSucssFolder(join(tmp, 'yes'))).toBe(true);
    expect(await isSucssFolder(join(tmp, 'no-key'))).toBe(false);
    expect(await isSucssFolder(join(tmp, 'missing'))).toBe(false);
  });

  it('accepts a root index whose code column is headed "Code", as the parser does', async () => {
    write('short/root-index.csv', '\uFEFFCode,Title\r\n1,A\r\n');
    expect(await isSucssFolder(join(tmp, 'short'))).toBe(true);
  });
});

if (!existsSync(CORPUS)) console.log(`Skipping the SUCSS corpus sweep: ${CORPUS} is absent.`);

describe.skipIf(!existsSync(CORPUS))('readSucssFolder over ../shared/corpus/il-sucss', () => {
  it('reads every class of the real export, titled, without throwing', async () => {
    const { value, diagnostics } = await readSucssFolder(CORPUS, { jurisdiction: 'il-sucss' });
    const { classes, documents } = value;
    const share = (n: number): string => `${((100 * n) / Math.max(1, classes.length)).toFixed(1)}%`;
    const withKsas = classes.filter((c) => c.ksas.length > 0).length;
    const withRoutes = classes.filter((c) => c.qualifications.routes.length > 0).length;
    const withDuties = classes.filter((c) => c.duties.length > 0).length;
    const withSummary = classes.filter((c) => c.summary !== '').length;
    const withSeries = classes.filter((c) => c.series !== null).length;
    const placed = documents.reduce((n, d) => n + d.placedLines, 0);
    const content = documents.reduce((n, d) => n + d.contentLines, 0);
    const byCode = new Map<string, number>();
    for (const d of diagnostics) byCode.set(d.code, (byCode.get(d.code) ?? 0) + 1);
    console.log(
      [
        `SUCSS corpus: ${classes.length} classes`,
        `  with KSAs ${share(withKsas)}, with ≥1 qualification route ${share(withRoutes)}, ` +
          `with duties ${share(withDuties)}, with a summary ${share(withSummary)}, in a numbered series ${share(withSeries)}`,
        `  rows placed ${placed}/${content} (${((100 * placed) / Math.max(1, content)).toFixed(1)}%)`,
        ...documents.map(
          (d) =>
            `    ${d.file}: ${d.placedLines}/${d.contentLines} rows placed, ${d.classIds.length} classes`,
        ),
        `  diagnostics: ${[...byCode].map(([code, n]) => `${code} ${n}`).join(', ') || 'none'}`,
      ].join('\n'),
    );
    expect(classes.length).toBeGreaterThan(800);
    expect(classes.length).toBeLessThan(1200);
    expect(classes.every((c) => c.title.trim() !== '' && c.code !== null)).toBe(true);
    expect(new Set(classes.map((c) => c.id)).size).toBe(classes.length);
    expect(documents).toHaveLength(5);
    expect(withSummary / classes.length).toBeGreaterThan(0.95);
    expect(withDuties / classes.length).toBeGreaterThan(0.95);
    expect(placed / content).toBeGreaterThan(0.99);
    expect(classes.find((c) => c.code === '0264')?.title).toBe('Medical Social Assistant');
  });
});
