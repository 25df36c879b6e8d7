import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { workerScript } from '../../src/cli/worker-script.ts';

const FIXTURE = new URL('../fixtures/worker-script/echo-worker.ts', import.meta.url);

describe('workerScript(module)', () => {
  it('bundles a TypeScript module into one ES module a worker runs without tsx', async () => {
    const script = await workerScript(FIXTURE);
    expect(script).not.toBeNull();
    const url = script as URL;
    expect(url.pathname).toMatch(/node_modules\/\.cache\/rungs\/echo-worker\.mjs$/);
    const code = readFileSync(url, 'utf8');
    // The project's own module is inside the bundle; the package is imported, not copied.
    expect(code).toContain('function foldSpaces');
    expect(code).toMatch(/from "d3-dsv"/);
    const reply = await new Promise((resolve, reject) => {
      const worker = new Worker(url, { workerData: '  two   words ' });
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    expect(reply).toEqual({ folded: 'two words', cells: ['a', 'b, c'] });
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
