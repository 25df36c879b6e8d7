// The ingest command run in-process on temporary folders: bad files named and skipped, good ones
// ingested, exit status non-zero only when the command cannot run.

import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main, type IngestIo } from '../../src/cli/ingest.ts';
import { unpackGraphDocument } from '../../src/domain/graph/pack-graph-document.ts';
import type { GraphDocument } from '../../src/domain/model/index.ts';
import { buildSearchIndex } from '../../src/domain/search/index.ts';

const DATA = fileURLToPath(new URL('../../data/', import.meta.url));
const SEED = 'westchester-ny-case-manager-ii-social-work.txt';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(argv: string[], io: Partial<IngestIo> = {}): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    now: () => new Date('2026-01-01T00:00:00Z'),
    ...io,
  });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

const readGraph = (path: string): GraphDocument =>
  JSON.parse(readFileSync(path, 'utf8')) as GraphDocument;

describe('main(argv) of the ingest command', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'rungs-ingest-'));
    const docs = join(dir, 'docs');
    mkdirSync(join(docs, 'nested'), { recursive: true });
    copyFileSync(join(DATA, 'seeds', SEED), join(docs, 'good.txt'));
    writeFileSync(join(docs, 'empty.txt'), '');
    writeFileSync(
      join(docs, 'binary.txt'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02, 0xff]),
    );
    writeFileSync(
      join(docs, 'nested', 'big.txt'),
      `BIG CLASS\n\n${'Text of a large document.\n'.repeat(1000)}`,
    );
    // "Café Supervisor" with é as the single Windows-1252 byte 0xE9: not valid UTF-8.
    writeFileSync(
      join(docs, 'nested', 'latin.txt'),
      Buffer.concat([
        Buffer.from('CAF'),
        Buffer.from([0xc9]),
        Buffer.from(' SUPERVISOR\n\nDEFINITION OF CLASS:\n\nSupervises the caf'),
        Buffer.from([0xe9]),
        Buffer.from('.\n'),
      ]),
    );
    writeFileSync(join(docs, 'spec.xlsx'), 'not a spreadsheet we read');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('names each bad file in a diagnostic, still ingests the good ones, and exits 0', async () => {
    const out = join(dir, 'out', 'graph.json');
    const r = await run(
      ['--jurisdiction', 'Test County', join(dir, 'docs'), '--out', out, '--max-bytes', '20000'],
      {
        cwd: dir,
      },
    );
    expect(r.code).toBe(0);
    const graph = readGraph(out);
    const byCode = (code: string) =>
      graph.diagnostics.filter((d) => d.code === code).map((d) => d.file);
    expect(byCode('empty-file')).toEqual(['docs/empty.txt']);
    expect(byCode('binary-file')).toEqual(['docs/binary.txt']);
    expect(byCode('file-too-large')).toEqual(['docs/nested/big.txt']);
    expect(graph.diagnostics.find((d) => d.code === 'file-too-large')?.message).toMatch(
      /over the 19\.5 kB limit/,
    );
    expect(byCode('bad-encoding')).toEqual(['docs/nested/latin.txt']);
    expect(byCode('unsupported-format')).toEqual(['docs/spec.xlsx']);

    expect(graph.classes.map((c) => [c.id, c.title, c.source.file])).toEqual([
      ['test-county:case-manager-ii-social-work', 'Case Manager II (Social Work)', 'docs/good.txt'],
      ['test-county:cafe-supervisor', 'Café Supervisor', 'docs/nested/latin.txt'],
    ]);
    expect(graph.classes[1]?.summary).toBe('Supervises the café.');
    expect(graph.jurisdictions).toEqual([
      { id: 'test-county', name: 'Test County', kind: 'other', inferred: false },
    ]);
    expect(graph.generatedAt).toBe('2026-01-01T00:00:00.000Z');
    expect(r.stdout).toContain('Diagnostics');
    expect(r.stdout).toContain('binary-file');
    expect(r.stdout).toContain('Totals: 2 documents read, 4 not ingested; 2 classes');
  });

  it('reads a folder holding root-index.csv as an SUCSS class index', async () => {
    const sucss = join(dir, 'sucss-export');
    mkdirSync(sucss, { recursive: true });
    writeFileSync(
      join(sucss, 'root-index.csv'),
      'Class Code,Class Title,Prob Period,Spec Effective Date,Exam Effective Date,Time Limit,Typing Test,Occ Line,Work Area,Last Action,Test Type,Knowledge Test\n' +
        '4755,Academic Contract Specialist,6,44804,44804,0,No,Clerical,Campus,Revised,E-Test,No\n',
    );
    writeFileSync(
      join(sucss, 'ksa.csv'),
      'Class Code,Class Title,KSA\n4755,Academic Contract Specialist,Extensive knowledge of general office practices and procedures.\n',
    );
    const out = join(dir, 'sucss.json');
    const r = await run(['--jurisdiction', 'il-sucss', sucss, '--out', out], { cwd: dir });
    expect(r.code).toBe(0);
    const graph = readGraph(out);
    expect(graph.classes.map((c) => [c.id, c.title])).toEqual([
      ['il-sucss:4755', 'Academic Contract Specialist'],
    ]);
    expect(graph.classes[0]?.ksas.length).toBeGreaterThan(0);
    expect(graph.jurisdictions.map((j) => j.id)).toEqual(['il-sucss']);
    expect(graph.documents.map((d) => d.file)).toContain('sucss-export/root-index.csv');
  });

  it('gives files outside the manifest and without --jurisdiction to "unknown", with a warning', async () => {
    const out = join(dir, 'unknown.json');
    const r = await run([join(dir, 'docs', 'good.txt'), '--out', out], { cwd: dir });
    expect(r.code).toBe(0);
    const graph = readGraph(out);
    expect(graph.classes.map((c) => c.id)).toEqual(['unknown:case-manager-ii-social-work']);
    expect(graph.diagnostics.filter((d) => d.code === 'unknown-jurisdiction')).toEqual([
      expect.objectContaining({ file: 'docs/good.txt', severity: 'warning' }),
    ]);
  });

  it('warns once per folder, not once per file, about an unknown jurisdiction', async () => {
    const out = join(dir, 'unknown-folder.json');
    await run([join(dir, 'docs'), '--out', out], { cwd: dir });
    const warnings = readGraph(out).diagnostics.filter((d) => d.code === 'unknown-jurisdiction');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.file).toBe('docs');
    expect(warnings[0]?.message).toMatch(/^\d+ documents under docs:/);
  });

  it('applies each --jurisdiction to the paths that follow it, and the manifest to its own files', async () => {
    const out = join(dir, 'multi.json');
    const seed = join(DATA, 'seeds', 'ny-county-intensive-case-manager.txt');
    const r = await run(
      [
        '--jurisdiction',
        'First Place',
        join(dir, 'docs', 'good.txt'),
        '--jurisdiction=il-cms',
        seed,
        '--out',
        out,
      ],
      { cwd: dir },
    );
    expect(r.code).toBe(0);
    const graph = readGraph(out);
    expect(graph.classes.map((c) => c.id)).toEqual([
      'first-place:case-manager-ii-social-work',
      'ny-county:intensive-case-manager',
    ]);
    expect(graph.jurisdictions.map((j) => j.id).sort()).toEqual(['first-place', 'ny-county']);
  });

  it('builds the bundled default with no arguments', async () => {
    const dataDir = join(dir, 'data');
    mkdirSync(join(dataDir, 'seeds'), { recursive: true });
    const manifest = JSON.parse(readFileSync(join(DATA, 'manifest.json'), 'utf8')) as {
      files: { file: string }[];
    };
    for (const f of manifest.files) copyFileSync(join(DATA, f.file), join(dataDir, f.file));
    writeFileSync(join(dataDir, 'manifest.json'), JSON.stringify(manifest));
    const r = await run([], { cwd: dir, dataDir });
    expect(r.code).toBe(0);
    const graph = readGraph(join(dataDir, 'build', 'graph.json'));
    expect(graph.classes).toHaveLength(13);
    expect(graph.jurisdictions).toHaveLength(5);
    expect(graph.documents.every((d) => d.placedLines === d.contentLines)).toBe(true);
    expect(r.stdout).toContain('lines placed 461/461 (100.0%)');
    // Each requirement, and each part it must include, carries the specific terms the edges
    // weighed, so eligibility reads them instead of rebuilding the graph's term table.
    const experience = graph.classes.flatMap((c) =>
      c.qualifications.routes.flatMap((route) => route.experience),
    );
    const parts = experience.flatMap((exp) => exp.including);
    expect(experience.length).toBeGreaterThan(10);
    expect(experience.filter((exp) => exp.specific === undefined)).toEqual([]);
    expect(parts.map((p) => p.specific?.map((t) => t.term))).toEqual([
      expect.arrayContaining(['consultant', 'medical']),
      expect.arrayContaining(['supervis', 'clin']),
    ]);
  });

  describe('beside the graph', () => {
    // One ingest of one seed; each test below reads one of the files written beside its graph.
    let out: string;
    let r: Run;
    beforeAll(async () => {
      out = join(dir, 'one.json');
      r = await run([join(DATA, 'seeds/ny-county-intensive-case-manager.txt'), '--out', out], {
        cwd: dir,
      });
    });

    it('writes the search index beside the graph, built from the same classes', () => {
      expect(r.code).toBe(0);
      const index = JSON.parse(readFileSync(join(dir, 'one.search.json'), 'utf8')) as unknown;
      expect(index).toEqual(JSON.parse(JSON.stringify(buildSearchIndex(readGraph(out)))));
    });

    it('writes the packed explorer payload beside the graph, which unpacks to the graph', () => {
      expect(r.code).toBe(0);
      const packed = JSON.parse(readFileSync(join(dir, 'one.packed.json'), 'utf8')) as unknown;
      expect(unpackGraphDocument(packed)).toEqual(readGraph(out));
    });
  });

  it.each([
    [['--bogus']],
    [['--out']],
    [['file.txt']],
    [['--max-bytes', 'lots', 'x.txt', '--out', 'o.json']],
    [['--jurisdiction', 'Nowhere']],
  ])('exits non-zero on bad arguments: %j', async (argv) => {
    const r = await run(argv, { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Usage:');
  });

  it('exits non-zero when the output cannot be written', async () => {
    const blocker = join(dir, 'blocker');
    writeFileSync(blocker, 'a file, not a folder');
    const r = await run([join(dir, 'docs', 'good.txt'), '--out', join(blocker, 'graph.json')], {
      cwd: dir,
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('cannot write');
  });

  it('documents repeated --jurisdiction in --help', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--jurisdiction NAME');
    expect(r.stdout).toMatch(/May be repeated/);
  });
});
