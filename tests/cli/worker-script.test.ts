import { mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { workerScript } from '../../src/cli/worker-script.ts';

const FIXTURE = new URL('../fixtures/worker-script/echo-worker.ts', import.meta.url);

describe('workerScript(module)', () => {
  it('bundles a TypeScript module into one ES module a worker runs without tsx', async () => {
    const script = await workerScript(FIXTURE);
    expect(script).not.toBeNull();
    const url = script as URL;
    expect(url.pathname).toMatch(/node_modules\/\.cache\/rungs\/echo-worker\.mjs$/);
    const code = readFileSync(url, 'utf8');
    // The project's own module is inside the bundle, and so is the package it imports.
    expect(code).toContain('function foldSpaces');
    expect(code).toContain('// node_modules/d3-dsv/');
    expect(code).not.toMatch(/from "d3-dsv"/);
    const reply = await new Promise((resolve, reject) => {
      const worker = new Worker(url, { workerData: '  two   words ' });
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    expect(reply).toEqual({ folded: 'two words', cells: ['a', 'b, c'] });
  });

  describe('an unchanged bundle', () => {
    let folder = '';
    afterEach(() => {
      rmSync(folder, { recursive: true, force: true });
      for (const f of ['stamp-probe.mjs', 'stamp-probe.mjs.json'])
        rmSync(new URL(`../../node_modules/.cache/rungs/${f}`, import.meta.url), { force: true });
    });

    /** A worker module importing a dependency, both written an hour ago. */
    function writeModules(value: number): { entry: URL; dep: string } {
      const entry = join(folder, 'stamp-probe.ts');
      const dep = join(folder, 'stamp-dep.ts');
      writeFileSync(dep, `export const value: number = ${String(value)};\n`);
      writeFileSync(entry, "import { value } from './stamp-dep.ts';\nconsole.log(value);\n");
      const anHourAgo = new Date(Date.now() - 3_600_000);
      for (const f of [entry, dep]) utimesSync(f, anHourAgo, anHourAgo);
      return { entry: pathToFileURL(entry), dep };
    }

    it('is used again, and built anew once one of its files changes', async () => {
      folder = mkdtempSync(join(tmpdir(), 'rungs-worker-script-'));
      const { entry, dep } = writeModules(1);
      const first = (await workerScript(entry)) as URL;
      expect(readFileSync(first, 'utf8')).toContain('value = 1');
      const built = statSync(first).mtimeMs;

      const again = (await workerScript(entry)) as URL;
      expect(again.href).toBe(first.href);
      expect(statSync(again).mtimeMs).toBe(built);

      // Another build (an older checkout sharing node_modules, say) writes over the bundle.
      writeFileSync(again, 'console.log("someone else\'s bundle");\n');
      expect(readFileSync((await workerScript(entry)) as URL, 'utf8')).toContain('value = 1');

      writeFileSync(dep, 'export const value: number = 2;\n');
      utimesSync(dep, new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));
      const rebuilt = (await workerScript(entry)) as URL;
      expect(readFileSync(rebuilt, 'utf8')).toContain('value = 2');
    });
  });

  it('gives a JavaScript module as it is', async () => {
    const js = new URL('file:///somewhere/ingest-worker.js');
    expect(await workerScript(js)).toBe(js);
  });

  it('gives null for a module it cannot bundle, so the caller starts no worker', async () => {
    expect(
      await workerScript(new URL('../fixtures/worker-script/missing.ts', import.meta.url)),
    ).toBeNull();
  });
});
