import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as fsPromises from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readDocument } from '../../src/cli/read-document.ts';
import { CALHR } from '../fixtures/corpus.ts';

// Wrapped, not replaced: lets a test check that an oversized file is never read.
vi.mock('node:fs/promises', { spy: true });

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/formats');

let tmp = '';
const write = (name: string, content: string | Uint8Array): string => {
  const path = join(tmp, name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
  return path;
};

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'rungs-read-document-'));
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

describe('readDocument(path, options)', () => {
  it('reads the PDF fixture into the spec heading and lines in reading order', async () => {
    const result = await readDocument(join(FIXTURES, 'spec.pdf'), { name: 'spec.pdf' });
    expect(result.diagnostics).toEqual([]);
    expect(result.format).toBe('pdf');
    expect(result.lines).toEqual([
      'CASE MANAGER II',
      'Class Code\t4321',
      '',
      'DISTINGUISHING FEATURES OF THE CLASS:',
      'Under general supervision, the employee provides case management',
      'services to clients and their families.',
      '',
      'TYPICAL WORK ACTIVITIES:',
      'Interviews clients and assesses their needs.',
      'Keeps case records.',
      '',
      'MINIMUM QUALIFICATIONS:',
      "Either: (a) Bachelor's degree in social work; or",
      "(b) Bachelor's degree and one year of case management experience.",
      '',
      "SPECIAL REQUIREMENT: Possession of a valid driver's license.",
    ]);
  });

  it('reads the DOCX fixture: heading, table row, paragraphs and list items in order', async () => {
    const result = await readDocument(join(FIXTURES, 'spec.docx'));
    expect(result.diagnostics).toEqual([]);
    expect(result.format).toBe('docx');
    expect(result.lines).toEqual([
      'CLIENT ASSISTANCE SPECIALIST',
      '',
      'Class Code\t5678',
      '',
      'DEFINITION',
      '',
      'Determines the eligibility of applicants for public assistance & services.',
      '',
      'MAJOR DUTIES',
      '',
      '- Interviews applicants for assistance.',
      '- Verifies income and household information.',
      '',
      'MINIMUM QUALIFICATIONS',
      '',
      "Bachelor's degree and one year of experience in human services.",
    ]);
  });

  it('reads the saved HTML page without its navigation, scripts, styles and footer', async () => {
    const result = await readDocument(join(FIXTURES, 'spec.html'));
    expect(result.diagnostics).toEqual([]);
    expect(result.format).toBe('html');
    expect(result.lines).toEqual([
      'INTENSIVE CASE MANAGER',
      '',
      'DISTINGUISHING FEATURES OF THE CLASS',
      '',
      'This is a professional position that provides intensive case management to clients with serious & persistent mental illness.',
      '',
      'TYPICAL WORK ACTIVITIES',
      '',
      '- Develops individual service plans;',
      '- Visits clients in the community.',
      '',
      'MINIMUM QUALIFICATIONS',
      '',
      'A. Master\u2019s degree in a human services field and one year of experience; or',
      'B. Bachelor\u2019s degree and two years of experience.',
      '',
      'Class Code\tEffective',
      '7001\t01/2024',
    ]);
  });

  it('reads a text file with a BOM and CRLF line ends', async () => {
    const path = write(
      'bom.txt',
      '\uFEFFLEVEL I\r\nMedical Social Assistant **0264**\r\n\r\nDuties\r\n',
    );
    const result = await readDocument(path);
    expect(result).toEqual({
      file: path,
      format: 'text',
      lines: ['LEVEL I', 'Medical Social Assistant **0264**', '', 'Duties'],
      diagnostics: [],
    });
  });

  it('reads Windows-1252 text and warns about it', async () => {
    const bytes = Uint8Array.from([
      ...Buffer.from('Director'),
      0x92,
      ...Buffer.from('s office \u0096 ok', 'latin1'),
    ]);
    const result = await readDocument(write('old.md', bytes), { name: 'old.md' });
    expect(result.lines).toEqual(['Director\u2019s office \u2013 ok']);
    expect(result.diagnostics.map((d) => [d.code, d.file])).toEqual([['bad-encoding', 'old.md']]);
  });

  it('reads a CSV file as tab-separated rows', async () => {
    const result = await readDocument(
      write('codes.csv', 'Code,Title\n0264,"Medical Social\nAssistant"\n'),
    );
    expect(result.format).toBe('csv');
    expect(result.lines).toEqual(['Code\tTitle', '0264\tMedical Social Assistant']);
  });

  it('refuses a file over the limit without reading it, naming the limit and the size', async () => {
    const path = join(FIXTURES, 'spec.pdf');
    vi.mocked(fsPromises.readFile).mockClear();
    const result = await readDocument(path, { maxBytes: 1000, name: 'big.pdf' });
    expect(result.lines).toBeNull();
    expect(result.format).toBe('pdf');
    expect(result.diagnostics.map((d) => [d.code, d.file, d.severity])).toEqual([
      ['file-too-large', 'big.pdf', 'error'],
    ]);
    expect(result.diagnostics[0]?.message).toMatch(/1\.9 kB.*1000 bytes/);
    expect(vi.mocked(fsPromises.readFile)).not.toHaveBeenCalled();
  });

  it('names the 20 MB default limit', async () => {
    const path = write('huge.txt', '');
    await fsPromises.truncate(path, 20 * 1024 * 1024 + 1);
    const result = await readDocument(path);
    expect(result.diagnostics[0]?.code).toBe('file-too-large');
    expect(result.diagnostics[0]?.message).toContain('20 MB limit');
  });

  const problems: {
    name: string;
    file: string;
    content: string | Uint8Array;
    code: string;
    mentions?: string;
  }[] = [
    {
      name: 'a binary file',
      file: 'image.txt',
      content: Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]),
      code: 'binary-file',
    },
    { name: 'an empty file', file: 'empty.txt', content: '', code: 'empty-file' },
    { name: 'a whitespace-only file', file: 'blank.md', content: '  \n\t\n', code: 'empty-file' },
    {
      name: 'a page with nothing but navigation',
      file: 'nav.html',
      content: '<nav>Home</nav><script>x()</script>',
      code: 'empty-file',
    },
    {
      name: 'an unsupported format',
      file: 'spec.rtf',
      content: '{\\rtf1 Case Manager}',
      code: 'unsupported-format',
      mentions: '.rtf',
    },
    {
      name: 'a broken PDF',
      file: 'broken.pdf',
      content: '%PDF-1.4\nthis is not a pdf\n%%EOF\n',
      code: 'unreadable-file',
      mentions: 'pdf.js',
    },
    {
      name: 'a broken Word file',
      file: 'broken.docx',
      content: Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8, 9]),
      code: 'unreadable-file',
      mentions: 'mammoth',
    },
  ];
  for (const { name, file, content, code, mentions } of problems) {
    it(`names ${name} with ${code} instead of throwing`, async () => {
      const result = await readDocument(write(file, content), { name: file });
      expect(result.lines).toBeNull();
      expect(result.diagnostics.map((d) => d.code)).toEqual([code]);
      expect(result.diagnostics[0]?.file).toBe(file);
      expect(result.diagnostics[0]?.message).toContain(file);
      if (mentions !== undefined) expect(result.diagnostics[0]?.message).toContain(mentions);
    });
  }

  it('names a missing file and a folder', async () => {
    const missing = await readDocument(join(tmp, 'nope.txt'));
    expect(missing.diagnostics.map((d) => d.code)).toEqual(['unreadable-file']);
    const folder = await readDocument(tmp);
    expect(folder.diagnostics.map((d) => d.code)).toEqual(['unreadable-file']);
  });
});

const SEEDS = join(dirname(fileURLToPath(import.meta.url)), '../../data/seeds');

describe('readDocument(seed)', () => {
  const seeds = [
    { file: 'il-sucss-medical-social-services-series.txt', first: 'MEDICAL SOCIAL SERVICES' },
    { file: 'westchester-ny-case-manager-ii-social-work.txt', first: 'CASE MANAGER II' },
    { file: 'il-cms-social-service-planner-series.txt', first: 'CENTRAL MANAGEMENT SERVICES' },
  ];
  for (const { file, first } of seeds) {
    it(`reads ${file} as text, one entry per line of the file`, async () => {
      const path = join(SEEDS, file);
      const result = await readDocument(path, { name: file });
      const raw = await fsPromises.readFile(path, 'utf8');
      expect(result.format).toBe('text');
      expect(result.diagnostics).toEqual([]);
      expect(result.lines).toHaveLength(raw.replace(/\r?\n$/, '').split(/\r\n|\r|\n/).length);
      expect(result.lines?.find((l) => l.trim() !== '')).toContain(first);
    });
  }
});

if (!existsSync(CALHR)) console.log(`Skipping the CalHR read sweep: ${CALHR} is absent.`);

describe.skipIf(!existsSync(CALHR))('readDocument over ../shared/corpus/calhr', () => {
  it('reads every file without throwing, each with lines', async () => {
    const files = (await fsPromises.readdir(CALHR)).filter((f) => f.endsWith('.txt')).sort();
    const byCode = new Map<string, number>();
    let withLines = 0;
    for (const f of files) {
      const result = await readDocument(join(CALHR, f), { name: `calhr/${f}` });
      if (result.lines !== null && result.lines.length > 0) withLines += 1;
      for (const d of result.diagnostics) byCode.set(d.code, (byCode.get(d.code) ?? 0) + 1);
    }
    const summary = [...byCode].map(([code, n]) => `${code} ${n}`).join(', ') || 'none';
    console.log(
      `CalHR read sweep: ${files.length} files, ${withLines} with lines; diagnostics: ${summary}`,
    );
    expect(files.length).toBeGreaterThan(1000);
    expect(withLines).toBe(files.length);
  });
});
