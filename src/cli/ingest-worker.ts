// Worker thread of the ingest: reads and parses the targets it is given, in order, and posts their
// results back. Started by ingest-workers.ts.

import { parentPort, workerData } from 'node:worker_threads';
import type { IngestTarget } from './ingest-inputs.ts';
import { readTargets } from './ingest-target.ts';

interface Job {
  targets: IngestTarget[];
  maxBytes: number;
}

const { targets, maxBytes } = workerData as Job;
parentPort?.postMessage(await readTargets(targets, maxBytes));
