// The script a worker thread runs for one of the CLI's worker modules. Run from JavaScript (a built
// CLI), that is the module itself. Run from the TypeScript sources (tsx, vitest), the module and
// everything it imports are bundled by esbuild into one ES module under node_modules/.cache/rungs/,
// and that bundle is used again while none of the files it was built from has changed.
// [Reference] esbuild's build API (bundle, external, metafile); ingest-workers.ts.
// NOTE: a worker booting the sources through tsx's loader resolves and transpiles its ~90 modules
// while the main thread is already parsing on the other core: on the corpus it claimed its first
// file 410–550 ms after the start; booting the bundle, 300–320 ms, the ~80 ms of bundling included.
// The main thread waits for the bundle before it reads anything: reusing it saves those 40–80 ms.

import {
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { basename, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { threadId } from 'node:worker_threads';

/**
 * Packages left out of bundles: the big readers imported only when a PDF or Word file comes.
 * NOTE: the others are bundled in: a worker loading htmlparser2 and d3-dsv as packages booted
 * 25–35 ms later (each of their modules is resolved and read apart).
 */
const LAZY_PACKAGES = ['pdfjs-dist', 'mammoth'];

/** Where bundles go: inside node_modules, so that the packages they leave out still resolve. */
const CACHE = new URL('../../node_modules/.cache/rungs/', import.meta.url);

/**
 * What a bundle was built from: esbuild's version, and the size and time of each input file and of
 * this module (which holds the build's options).
 */
interface BundleStamp {
  esbuild: string;
  /** The bundle's own [size, mtimeMs]: another build writing over it makes the stamp stale. */
  bundle: [number, number];
  /** Absolute path → [size, mtimeMs]. */
  inputs: Record<string, [number, number]>;
}

/**
 * The file a worker for `module` should run: `module` itself when it is JavaScript, else its
 * bundle; null when it cannot be bundled (the caller then starts no worker).
 */
export async function workerScript(module: URL): Promise<URL | null> {
  if (!module.pathname.endsWith('.ts')) return module;
  const name = basename(module.pathname, '.ts');
  const out = new URL(`${name}.mjs`, CACHE);
  const stampFile = new URL(`${name}.mjs.json`, CACHE);
  if (isCurrent(stampFile, out, fileURLToPath(module))) return out;
  // NOTE: written under names of their own, then renamed over the last bundle and stamp, so an
  // ingest starting at the same moment reads either bundle whole, never one half written.
  const partial = new URL(`${name}.${process.pid}.${threadId}.partial`, CACHE);
  const partialStamp = new URL(`${name}.${process.pid}.${threadId}.stamp.partial`, CACHE);
  try {
    const esbuild = await import('esbuild');
    const started = Date.now();
    const result = await esbuild.build({
      entryPoints: [fileURLToPath(module)],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      external: LAZY_PACKAGES,
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const code = result.outputFiles[0]?.contents;
    if (code === undefined) return null;
    mkdirSync(CACHE, { recursive: true });
    rmSync(stampFile, { force: true });
    writeFileSync(partial, code);
    renameSync(partial, out);
    const inputs = [...Object.keys(result.metafile.inputs), fileURLToPath(import.meta.url)];
    const stamp = stampOf(esbuild.version, fileURLToPath(out), inputs, started);
    if (stamp !== null) {
      writeFileSync(partialStamp, JSON.stringify(stamp));
      renameSync(partialStamp, stampFile);
    }
    return out;
  } catch {
    rmSync(partial, { force: true });
    rmSync(partialStamp, { force: true });
    return null;
  }
}

/**
 * The stamp of a bundle built from `inputs` (paths as esbuild's metafile gives them, relative to
 * the working folder); null when one of them changed after the build `started` (or cannot be
 * read): that bundle may hold the old text, so it is not reused.
 */
function stampOf(
  version: string,
  bundle: string,
  inputs: readonly string[],
  started: number,
): BundleStamp | null {
  let built: [number, number];
  try {
    const { size, mtimeMs } = statSync(bundle);
    built = [size, mtimeMs];
  } catch {
    return null;
  }
  const stamp: BundleStamp = { esbuild: version, bundle: built, inputs: {} };
  for (const input of inputs) {
    const path = resolve(input);
    let size: number;
    let mtimeMs: number;
    try {
      ({ size, mtimeMs } = statSync(path));
    } catch {
      return null;
    }
    if (mtimeMs >= started) return null;
    stamp.inputs[path] = [size, mtimeMs];
  }
  return stamp;
}

/**
 * Whether `bundle` is the one the stamp describes, built from `entry` by the esbuild installed now,
 * from files that are all as they were.
 */
function isCurrent(stampFile: URL, bundle: URL, entry: string): boolean {
  let stamp: BundleStamp;
  try {
    stamp = JSON.parse(readFileSync(stampFile, 'utf8')) as BundleStamp;
  } catch {
    return false;
  }
  const inputs = Object.entries(stamp.inputs ?? {});
  if (!inputs.some(([path]) => path === entry)) return false;
  if (stamp.esbuild !== installedEsbuild()) return false;
  const unchanged = (path: string, [size, mtimeMs]: [number, number]): boolean => {
    const now = statSync(path);
    return now.size === size && now.mtimeMs === mtimeMs;
  };
  try {
    return (
      unchanged(fileURLToPath(bundle), stamp.bundle) &&
      inputs.every(([path, was]) => unchanged(path, was))
    );
  } catch {
    return false;
  }
}

/** The installed esbuild's version, read from its package.json (importing it costs ~30 ms). */
function installedEsbuild(): string | null {
  try {
    const path = createRequire(import.meta.url).resolve('esbuild/package.json');
    return (JSON.parse(readFileSync(path, 'utf8')) as { version?: string }).version ?? null;
  } catch {
    return null;
  }
}
