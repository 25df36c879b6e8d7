// Worker thread of the ingest: claims targets from the counter it shares with the other threads,
// reads and parses them, and posts their results back in batches. Then it answers what the edges
// ask of it, in turn — class-kind and work-term tables (see build-equivalence-edges.ts), shared-KSA neighbours
// (see build-shared-ksa-edges.ts) — until asked to stop. Started by ingest-workers.ts.

import { parentPort, workerData } from 'node:worker_threads';
import { sharedKsaNeighbours } from '../domain/graph/build-shared-ksa-edges.ts';
import { classKindTable } from '../domain/graph/score-experience-match.ts';
import { workTermTable } from '../domain/graph/specific-terms.ts';
import { readClaimed, type TargetResult } from './ingest-target.ts';
import { packKsas } from './ksa-wire.ts';
import {
  WORKER_BATCH,
  type WorkerJob,
  type WorkerMessage,
  type WorkerRequest,
} from './ingest-workers.ts';

const { targets, maxBytes, counter } = workerData as WorkerJob;
const next = new Int32Array(counter);
const post = (message: WorkerMessage, transfer: ArrayBuffer[] = []): void =>
  parentPort?.postMessage(message, transfer);
let batch = { indices: [] as number[], results: [] as TargetResult[] };
const send = (): void => {
  if (batch.indices.length > 0) {
    // The classes go without their KSA statements, which follow packed (see ksa-wire.ts).
    const classes = batch.results.flatMap((r) => r.parsed.flatMap((p) => p.classes));
    const ksas = packKsas(classes.map((c) => c.ksas));
    for (const c of classes) c.ksas = [];
    post({ kind: 'batch', ...batch, ksas }, [ksas.refs.buffer, ksas.numbers.buffer]);
  }
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
post({ kind: 'parsed' });

parentPort?.on('message', (request: WorkerRequest) => {
  if (request.kind === 'close') {
    parentPort?.close();
    return;
  }
  if (request.kind === 'class-kinds') {
    const { scores, shown } = classKindTable(request.work.slice(request.kindsFrom));
    // The caller knows the wordings it sent: they are not sent back.
    const { wordings: _sent, ...terms } = workTermTable(request.work, request.wordings);
    post({ kind: 'class-kinds', scores, shown, terms }, [
      scores.buffer,
      shown.buffer,
      terms.offsets.buffer,
      terms.classes.buffer,
      terms.wordingOffsets.buffer,
      terms.wordingStems.buffer,
    ]);
    return;
  }
  const { k, counts, js, ws } = sharedKsaNeighbours(request.vectors, request.options);
  post({ kind: 'shared-ksa-neighbours', k, counts, js, ws }, [counts.buffer, js.buffer, ws.buffer]);
});
