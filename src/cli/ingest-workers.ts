// Reads and parses ingest targets on every core: the targets are dealt into lanes of about equal
// bytes, one lane read on this thread and each other in a worker thread; results come back in the
// targets' order, so the graph document is the same as one read in turn.
// [Reference] Node worker_threads; src/cli/ingest-target.ts.

import { stat, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { IngestTarget } from './ingest-inputs.ts';
import { readTargets, type TargetResult } from './ingest-target.ts';

/** Below this many targets, starting a worker costs more than it saves. */
export const MIN_TARGETS_FOR_WORKERS = 64;

async function bytesOf(target: IngestTarget): Promise<number> {
  try {
    if (target.kind === 'document') return (await stat(target.path)).size;
    const files = await readdir(target.path);
    const sizes = await Promise.all(
      files.map(async (f) => (await stat(join(target.path, f))).size),
    );
    return sizes.reduce((a, b) => a + b, 0);
  } catch {
    return 0;
  }
}

/** Target indices dealt into `lanes` lanes, biggest first, each to the lane with the fewest bytes. */
async function dealLanes(targets: readonly IngestTarget[], lanes: number): Promise<number[][]> {
  const sizes = await Promise.all(targets.map(bytesOf));
  const order = targets.map((_, i) => i).sort((a, b) => (sizes[b] ?? 0) - (sizes[a] ?? 0) || a - b);
  const out: number[][] = Array.from({ length: lanes }, () => []);
  const load = new Array<number>(lanes).fill(0);
  for (const i of order) {
    const lane = load.indexOf(Math.min(...load));
    out[lane]?.push(i);
    load[lane] = (load[lane] ?? 0) + (sizes[i] ?? 0);
  }
  return out.map((lane) => lane.sort((a, b) => a - b));
}

function runWorker(targets: IngestTarget[], maxBytes: number): Promise<TargetResult[]> {
  const file = new URL(
    `./ingest-worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`,
    import.meta.url,
  ).href;
  // NOTE: a worker does not inherit tsx's loader; under tsx (a .ts file) it registers it first.
  const boot = file.endsWith('.ts')
    ? `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then(({ register }) => { register(); return import(${JSON.stringify(file)}); });`
    : `import(${JSON.stringify(file)});`;
  return new Promise((resolve, reject) => {
    const worker = new Worker(boot, { eval: true, workerData: { targets, maxBytes } });
    worker.once('message', (results: TargetResult[]) => {
      resolve(results);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`ingest worker stopped with exit code ${code}`));
    });
  });
}

export interface ParallelResults {
  /** One per target, in the targets' order. */
  results: TargetResult[];
  /** Targets read in worker threads (the rest were read on this thread). */
  onWorkers: number;
}

/** `readTargets` of every target, on `threads` threads (this one included). */
export async function readTargetsInParallel(
  targets: readonly IngestTarget[],
  maxBytes: number,
  threads: number,
): Promise<ParallelResults> {
  const lanes = await dealLanes(targets, Math.max(1, threads));
  const results = new Array<TargetResult>(targets.length);
  const laneTargets = (lane: number[]): IngestTarget[] =>
    lane.map((i) => targets[i] as IngestTarget);
  const [mine = [], ...theirs] = lanes;
  const inTurn = async (lane: number[]): Promise<void> => {
    (await readTargets(laneTargets(lane), maxBytes)).forEach(
      (r, k) => (results[lane[k] as number] = r),
    );
  };
  let onWorkers = 0;
  const workers = theirs.map((lane) =>
    runWorker(laneTargets(lane), maxBytes).then(
      (rs) => {
        rs.forEach((r, k) => (results[lane[k] as number] = r));
        onWorkers += rs.length;
      },
      // NOTE: a worker that cannot start (no loader for .ts files here) costs time, not output.
      () => inTurn(lane),
    ),
  );
  await inTurn(mine);
  await Promise.all(workers);
  return { results, onWorkers };
}
