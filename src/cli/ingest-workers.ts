// Reads and parses ingest targets on every core. This thread and each worker thread take the next
// target from one shared counter, biggest first, so no thread sits idle while another still has a
// long list; workers send their results back in batches as they go. Results come back in the
// targets' order, so the graph document is the same as one read in turn. The workers then stay, to
// work out the table equivalence edges read while this thread builds the other edges.
// [Reference] Node worker_threads, Atomics; src/cli/ingest-target.ts.

import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type {
  SharedKsaEdgeOptions,
  SharedKsaNeighbours,
  SharedKsaVectors,
} from '../domain/graph/build-shared-ksa-edges.ts';
import {
  joinClassKindTables,
  type ClassKindTable,
  type ClassWork,
} from '../domain/graph/score-experience-match.ts';
import { joinTermTables, type WorkTermTable } from '../domain/graph/specific-terms.ts';
import type { IngestTarget } from './ingest-inputs.ts';
import { readClaimed, type TargetResult } from './ingest-target.ts';
import { unpackKsas, type PackedKsas } from './ksa-wire.ts';
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

/**
 * A worker's messages: results of the targets it claimed since its last message (their classes'
 * KSA statements packed apart, in order: see ksa-wire.ts); that it has no target left (every batch
 * sent); the answers to requests, in the order they were asked.
 */
export type WorkerMessage =
  | { kind: 'batch'; indices: number[]; results: TargetResult[]; ksas: PackedKsas }
  | { kind: 'parsed' }
  | ({ kind: 'class-kinds'; terms: SentTermTable } & ClassKindTable)
  | ({ kind: 'shared-ksa-neighbours' } & SharedKsaNeighbours);

/** A `WorkTermTable` as a worker sends it: without the wordings it was given. */
export type SentTermTable = Omit<WorkTermTable, 'wordings'>;

/** Options of the shared-KSA neighbour search a worker can run. */
export type NeighbourOptions = Pick<SharedKsaEdgeOptions, 'neighbours' | 'threshold'>;

/**
 * What a worker is asked once it has parsed: a class-kind table, the shared-KSA neighbours of
 * competency vectors, or to stop. It answers in turn.
 */
export type WorkerRequest =
  | { kind: 'class-kinds'; work: ClassWork[]; wordings: string[]; kindsFrom: number }
  | { kind: 'shared-ksa-neighbours'; vectors: SharedKsaVectors; options: NeighbourOptions }
  | { kind: 'close' };

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
 * A worker running `script` (see worker-script.ts) on `job`; each batch goes to `onBatch`.
 * `parsed` resolves once it has no target left, or has stopped, however it stopped.
 */
interface RunningWorker {
  parsed: Promise<void>;
  /**
   * `classKindTable(work.slice(kindsFrom))` and `workTermTable(work, wordings)` worked out by the
   * worker; null when it cannot (it stopped, or failed).
   */
  classKinds(
    work: ClassWork[],
    wordings: string[],
    kindsFrom: number,
  ): Promise<{ kinds: ClassKindTable; terms: WorkTermTable } | null>;
  /** `sharedKsaNeighbours(vectors, options)` worked out by the worker; null when it cannot. */
  neighbours(
    vectors: SharedKsaVectors,
    options: NeighbourOptions,
  ): Promise<SharedKsaNeighbours | null>;
  close(): void;
}

function runWorker(
  script: URL,
  job: WorkerJob,
  onBatch: (indices: number[], results: TargetResult[]) => void,
): RunningWorker | null {
  let worker: Worker;
  try {
    // NOTE: no execArgv of this process: under `--import tsx` a worker would load tsx's loader
    // before the bundle (which needs none), and start parsing ~40 ms later. V8 flags apply anyway.
    worker = new Worker(script, { workerData: job, execArgv: [] });
  } catch {
    return null;
  }
  let stopped = false;
  let parsed = (): void => {};
  // Requests not answered yet, oldest first: the worker answers in turn.
  const waiting: ((message: WorkerMessage | null) => void)[] = [];
  const stop = (): void => {
    stopped = true;
    parsed();
    for (const answer of waiting.splice(0)) answer(null);
  };
  worker.on('message', (message: WorkerMessage) => {
    if (message.kind === 'batch') {
      const lists = unpackKsas(message.ksas);
      let n = 0;
      for (const r of message.results)
        for (const p of r.parsed) for (const c of p.classes) c.ksas = lists[n++] ?? [];
      onBatch(message.indices, message.results);
    } else if (message.kind === 'parsed') parsed();
    else waiting.shift()?.(message);
  });
  // NOTE: a worker that cannot start or fails part way costs time, not output: whatever it
  // claimed and did not send back is read on this thread afterwards, and a table or neighbours it
  // does not send are worked out on this thread.
  worker.once('error', stop);
  worker.once('exit', stop);
  const ask = (request: WorkerRequest): Promise<WorkerMessage | null> => {
    if (stopped) return Promise.resolve(null);
    return new Promise((resolve) => {
      waiting.push(resolve);
      worker.postMessage(request);
    });
  };
  const post = (request: WorkerRequest): void => worker.postMessage(request);
  return {
    parsed: new Promise((resolve) => {
      parsed = resolve;
      if (stopped) resolve();
    }),
    async classKinds(work, wordings, kindsFrom) {
      const answer = await ask({ kind: 'class-kinds', work, wordings, kindsFrom });
      if (answer?.kind !== 'class-kinds') return null;
      const kinds = { scores: answer.scores, shown: answer.shown };
      return { kinds, terms: { ...answer.terms, wordings } };
    },
    async neighbours(vectors, options) {
      const answer = await ask({ kind: 'shared-ksa-neighbours', vectors, options });
      if (answer?.kind !== 'shared-ksa-neighbours') return null;
      const { k, counts, js, ws } = answer;
      return { k, counts, js, ws };
    },
    close() {
      if (!stopped) post({ kind: 'close' });
      stopped = true;
      // A worker left waiting never holds the process open.
      worker.unref();
    },
  };
}

/** What the workers do once every target is parsed. */
export interface IngestHelpers {
  /**
   * `classKindTable(work.slice(kindsFrom))` and `workTermTable(work, wordings)` worked out on the
   * worker threads, each taking a share of the classes; null when a worker could not (the caller
   * works them out). The caller can work out the first `kindsFrom` classes' kinds meanwhile.
   */
  classKinds(
    work: readonly ClassWork[],
    wordings: readonly string[],
    kindsFrom?: number,
  ): Promise<{ kinds: ClassKindTable; terms: WorkTermTable } | null>;
  /**
   * `sharedKsaNeighbours(vectors, options)` worked out on a worker (the last one, which has the
   * smallest share of a class-kind table asked first); null when it could not.
   */
  sharedKsaNeighbours(
    vectors: SharedKsaVectors,
    options?: NeighbourOptions,
  ): Promise<SharedKsaNeighbours | null>;
  /** Lets the workers stop. */
  close(): void;
}

function helpersOf(workers: readonly RunningWorker[]): IngestHelpers {
  return {
    async classKinds(work, wordings, kindsFrom = 0) {
      if (workers.length === 0) return null;
      const share = Math.ceil(work.length / workers.length);
      const parts = await Promise.all(
        workers.map((w, n) =>
          w.classKinds(
            work.slice(n * share, (n + 1) * share),
            [...wordings],
            Math.min(share, Math.max(0, kindsFrom - n * share)),
          ),
        ),
      );
      if (parts.some((p) => p === null)) return null;
      const answers = parts as { kinds: ClassKindTable; terms: WorkTermTable }[];
      return {
        kinds: joinClassKindTables(answers.map((a) => a.kinds)),
        terms: joinTermTables(answers.map((a) => a.terms)),
      };
    },
    async sharedKsaNeighbours(vectors, options = {}) {
      const worker = workers[workers.length - 1];
      return worker ? worker.neighbours(vectors, options) : null;
    },
    close() {
      for (const w of workers) w.close();
    },
  };
}

export interface ParallelResults {
  /** One per target, in the targets' order. */
  results: TargetResult[];
  /** Targets read in worker threads (the rest were read on this thread). */
  onWorkers: number;
  /** The workers, still there for more work: call `close()` when done with them. */
  helpers: IngestHelpers;
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
  const onBatch = (indices: number[], batchResults: TargetResult[]): void => {
    indices.forEach((k, j) => put(k, batchResults[j] as TargetResult));
    onWorkers += indices.length;
  };
  // NOTE: awaited before this thread reads anything: it reads synchronously, and would only see
  // the bundle ready once it had claimed every target itself.
  // With no script (the sources could not be bundled) no worker starts: this thread reads every
  // target, in the loops below.
  const script = threads > 1 ? await workerScript(WORKER_MODULE) : null;
  const workers =
    script === null
      ? []
      : Array.from({ length: threads - 1 }, () => runWorker(script, job, onBatch)).filter(
          (w) => w !== null,
        );
  // NOTE: this thread takes in the workers' batches between its own targets, not all at the end:
  // taking in 800 corpus results is ~180 ms of its time, which the shared counter then balances.
  if (onThisThread) await readClaimed(ordered, maxBytes, claim, put, { yieldBetween: true });
  await Promise.all(workers.map((w) => w.parsed));

  // Whatever a failed worker claimed and did not send back.
  const missing = order.flatMap((_, k) => (results[order[k] as number] === undefined ? [k] : []));
  let m = 0;
  await readClaimed(
    ordered,
    maxBytes,
    () => (m < missing.length ? (missing[m++] as number) : -1),
    put,
  );
  return { results: results as TargetResult[], onWorkers, helpers: helpersOf(workers) };
}
