// The script a worker thread runs for one of the CLI's worker modules. Run from JavaScript (a built
// CLI), that is the module itself. Run from the TypeScript sources (tsx, vitest), the module and
// everything it imports are bundled by esbuild into one ES module under node_modules/.cache/rungs/.
// [Reference] esbuild's build API (bundle, packages: 'external'); ingest-workers.ts.
// NOTE: a worker booting the sources through tsx's loader resolves and transpiles its ~90 modules
// while the main thread is already parsing on the other core: on the corpus it claimed its first
// file 410–550 ms after the start; booting the bundle, 300–320 ms, the ~80 ms of bundling included.

import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { threadId } from 'node:worker_threads';

/** Where bundles go: inside node_modules, so that the packages they import still resolve. */
const CACHE = new URL('../../node_modules/.cache/rungs/', import.meta.url);

/**
 * The file a worker for `module` should run: `module` itself when it is JavaScript, else its
 * bundle; null when it cannot be bundled (the caller then starts no worker).
 */
export async function workerScript(module: URL): Promise<URL | null> {
  if (!module.pathname.endsWith('.ts')) return module;
  const name = basename(module.pathname, '.ts');
  const out = new URL(`${name}.mjs`, CACHE);
  // NOTE: written under a name of its own, then renamed over the last bundle, so an ingest
  // starting at the same moment reads either bundle whole, never one half written.
  const partial = new URL(`${name}.${process.pid}.${threadId}.partial`, CACHE);
  try {
    const { build } = await import('esbuild');
    const result = await build({
      entryPoints: [fileURLToPath(module)],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      write: false,
      logLevel: 'silent',
    });
    const code = result.outputFiles[0]?.contents;
    if (code === undefined) return null;
    mkdirSync(CACHE, { recursive: true });
    writeFileSync(partial, code);
    renameSync(partial, out);
    return out;
  } catch {
    rmSync(partial, { force: true });
    return null;
  }
}
