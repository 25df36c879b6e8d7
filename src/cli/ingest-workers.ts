// Reads and parses ingest targets on every core. This thread and each worker thread take the next
// target from one shared counter, biggest first, so no thread sits idle while another still has a
// long list; workers send their results back in batches as they go. Results come back in the
// targets' order, so the graph document is the same as one read in turn.
// [Reference] Node worker_threads, Atomics; src/cli/ingest-target.ts.

import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { IngestTarget } from './ingest-inputs.ts';
import { readClaimed, type TargetResult } from './ingest-target.ts';
import { workerScript } from './worker-script.ts';

/** Below this many targets, starting a worker costs more than it saves. */
export const MIN_TARGETS_FOR_WORKERS = 64;

/** What the ingest worker is started with (see ingest-worker.ts). */
export interface WorkerJob {
  /** Every target, in the order they are claimed. */
  targets: IngestTarget[];
  maxBytes: number;
  /** One Int32: the next index into `targets` to claim, shared by every thread. */
  counter: SharedArrayBuffer;
}

/** A worker's message: results of the targets it claimed since its last message. */
export interface WorkerBatch {
  indices: number[];
  results: TargetResult[];
}

/** How many results a worker gathers before sending them. */
export const WORKER_BATCH = 16;

function bytesOf(target: IngestTarget): number {
  try {
    if (target.kind === 'document') return statSync(target.path).size;
    return readdirSync(target.path).reduce(
      (sum, f) => sum + statSync(join(target.path, f)).size,
      0,
    );
  } catch {
    return 0;
  }
}

/**
 * Target indices biggest first. NOTE: a long target claimed last would leave the other threads idle
 * at the end: the SUCSS folder (3.6 MB, about a fifth of the corpus) goes first.
 */
function claimOrder(targets: readonly IngestTarget[]): number[] {
  const sizes = targets.map(bytesOf);
  return targets.map((_, i) => i).sort((a, b) => (sizes[b] ?? 0) - (sizes[a] ?? 0) || a - b);
}

/** The ingest worker module, next to this one (.ts under tsx and vitest, .js when built). */
const WORKER_MODULE = new URL(
  `./ingest-worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`,
  import.meta.url,
);

/**
 * Starts a worker running `script` (see worker-script.ts) on `job`; each batch goes to `onBatch`.
 * Resolves when it stops, however it stops.
 */
function runWorker(
  script: URL,
  job: WorkerJob,
  onBatch: (batch: WorkerBatch) => void,
): Promise<void> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(script, { workerData: job });
    } catch {
      resolve();
      return;
    }
    worker.on('message', onBatch);
    // NOTE: a worker that cannot start or fails part way costs time, not output: whatever it
    // claimed and did not send back is read on this thread afterwards.
    worker.once('error', () => resolve());
    worker.once('exit', () => resolve());
  });
}

export interface ParallelResults {
  /** One per target, in the targets' order. */
  results: TargetResult[];
  /** Targets read in worker threads (the rest were read on this thread). */
  onWorkers: number;
}

/**
 * `readTargets` of every target, on `threads` threads: this one and `threads - 1` workers. With
 * `onThisThread: false` this thread only waits (and reads what a failed worker left).
 */
export async function readTargetsInParallel(
  targets: readonly IngestTarget[],
  maxBytes: number,
  threads: number,
  { onThisThread = true }: { onThisThread?: boolean } = {},
): Promise<ParallelResults> {
  const order = claimOrder(targets);
  const ordered = order.map((i) => targets[i] as IngestTarget);
  const counter = new SharedArrayBuffer(4);
  const next = new Int32Array(counter);
  const claim = (): number => Atomics.add(next, 0, 1);
  const results = new Array<TargetResult | undefined>(targets.length);
  const put = (k: number, result: TargetResult): void => {
    results[order[k] as number] = result;
  };

  let onWorkers = 0;
  const job: WorkerJob = { targets: ordered, maxBytes, counter };
  const onBatch = (batch: WorkerBatch): void => {
    batch.indices.forEach((k, j) => put(k, batch.results[j] as TargetResult));
    onWorkers += batch.indices.length;
  };
  // NOTE: awaited before this thread reads anything: it reads synchronously, and would only see
  // the bundle ready once it had claimed every target itself.
  // With no script (the sources could not be bundled) no worker starts: this thread reads every
  // target, in the loops below.
  const script = threads > 1 ? await workerScript(WORKER_MODULE) : null;
  const workers =
    script === null
      ? []
      : Array.from({ length: threads - 1 }, () => runWorker(script, job, onBatch));
  // NOTE: this thread takes in the workers' batches between its own targets, not all at the end:
  // taking in 800 corpus results is ~180 ms of its time, which the shared counter then balances.
  if (onThisThread) await readClaimed(ordered, maxBytes, claim, put, { yieldBetween: true });
  await Promise.all(workers);

  // Whatever a failed worker claimed and did not send back.
  const missing = order.flatMap((_, k) => (results[order[k] as number] === undefined ? [k] : []));
  let m = 0;
  await readClaimed(
    ordered,
    maxBytes,
    () => (m < missing.length ? (missing[m++] as number) : -1),
    put,
  );
  return { results: results as TargetResult[], onWorkers };
}
