// Worker thread of the ingest: claims targets from the counter it shares with the other threads,
// reads and parses them, and posts their results back in batches. Started by ingest-workers.ts.

import { parentPort, workerData } from 'node:worker_threads';
import { readClaimed, type TargetResult } from './ingest-target.ts';
import { WORKER_BATCH, type WorkerBatch, type WorkerJob } from './ingest-workers.ts';

const { targets, maxBytes, counter } = workerData as WorkerJob;
const next = new Int32Array(counter);
let batch: WorkerBatch = { indices: [], results: [] };
const send = (): void => {
  if (batch.indices.length > 0) parentPort?.postMessage(batch);
  batch = { indices: [], results: [] };
};
await readClaimed(
  targets,
  maxBytes,
  () => Atomics.add(next, 0, 1),
  (index: number, result: TargetResult) => {
    batch.indices.push(index);
    batch.results.push(result);
    if (batch.indices.length >= WORKER_BATCH) send();
  },
);
send();
