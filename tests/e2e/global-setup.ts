// End-to-end setup, once per run: make sure the graph document exists (run the ingest unless
// RUNGS_GRAPH names one), build the app with the Vite JS API, serve it with preview() on a free
// port, launch Debian's Chromium as a playwright server, and hand both addresses to the tests.
// [Reference] ../shared/TOOLCHAIN.md, "End-to-end tests in one npm test".

import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserServer } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    wsEndpoint: string;
  }
}

const ROOT = resolve(import.meta.dirname, '../..');
const CHROMIUM = process.env.RUNGS_CHROMIUM ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function ensureGraphDocument(): void {
  if (process.env.RUNGS_GRAPH) {
    if (!existsSync(resolve(process.env.RUNGS_GRAPH))) {
      throw new Error(`RUNGS_GRAPH=${process.env.RUNGS_GRAPH} does not exist.`);
    }
    return;
  }
  const graph = join(ROOT, 'data/build/graph.json');
  const ingest = join(ROOT, 'src/cli/ingest.ts');
  if (existsSync(ingest)) {
    // Always rebuild: the tests must see what the parsers make of data/ now, not a stale build.
    try {
      execFileSync(join(ROOT, 'node_modules/.bin/tsx'), [ingest], { cwd: ROOT, stdio: 'pipe', timeout: 120_000 });
    } catch (error) {
      const output = error instanceof Error && 'stderr' in error ? String(error.stderr) : String(error);
      if (!existsSync(graph)) throw new Error(`npm run ingest failed and there is no ${graph}:\n${output}`, { cause: error });
      console.warn(`e2e: npm run ingest failed; testing the existing ${graph}.\n${output.slice(0, 2000)}`);
    }
  }
  if (!existsSync(graph)) {
    throw new Error(`e2e: no graph document at ${graph}. Run \`npm run ingest\` (or set RUNGS_GRAPH).`);
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`e2e: Chromium is missing at ${CHROMIUM}. Run: apt-get update && apt-get install -y chromium`);
  }
  ensureGraphDocument();

  const outDir = mkdtempSync(join(tmpdir(), 'rungs-e2e-'));
  // NOTE: vitest sets NODE_ENV=test, which makes Svelte and Vite build a development bundle.
  const previousEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ root: ROOT, configFile: join(ROOT, 'vite.config.ts'), mode: 'production', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  } finally {
    process.env.NODE_ENV = previousEnv;
  }

  let server: PreviewServer | null = null;
  let browser: BrowserServer | null = null;
  try {
    server = await preview({
      root: ROOT,
      configFile: join(ROOT, 'vite.config.ts'),
      logLevel: 'warn',
      build: { outDir },
      preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
    });
    const baseURL = server.resolvedUrls?.local[0];
    if (!baseURL) throw new Error('e2e: vite preview reported no local URL.');
    browser = await chromium.launchServer({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
    project.provide('baseURL', baseURL);
    project.provide('wsEndpoint', browser.wsEndpoint());
  } catch (error) {
    await browser?.close();
    await server?.close();
    rmSync(outDir, { recursive: true, force: true });
    throw error;
  }

  return async () => {
    await browser?.close();
    await server?.close();
    rmSync(outDir, { recursive: true, force: true });
  };
}
