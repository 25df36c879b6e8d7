// One corpus ingest in a process of its own, for the bench's repeated build timings: prints the
// ingest's stage timings as one JSON line. Run by corpus-graph.ts with the bench's own node flags.

import { availableParallelism } from 'node:os';
import { ingest } from '../../src/cli/ingest.ts';
import { DEFAULT_MAX_BYTES } from '../../src/cli/read-document.ts';
import { buildCareerGraph } from '../../src/domain/graph/build-graph.ts';
import { CALHR, SUCSS } from './corpus.ts';

const t0 = performance.now();
const result = await ingest(
  [
    { path: CALHR, jurisdiction: 'California (CalHR)' },
    { path: SUCSS, jurisdiction: 'Illinois SUCSS' },
  ],
  {
    manifest: null,
    cwd: process.cwd(),
    maxBytes: DEFAULT_MAX_BYTES,
    now: new Date('2026-01-01T00:00:00Z'),
    threads: availableParallelism(),
  },
);
const ingestMs = performance.now() - t0;
const t1 = performance.now();
buildCareerGraph(result.document);
const graphMs = performance.now() - t1;
const { timings, edgeStats } = result;
console.log(
  JSON.stringify({
    readParse: timings.readParse,
    edges: timings.edges,
    promotion: edgeStats.timings.promotion,
    equivalence: edgeStats.timings.equivalence,
    'shared-ksa': edgeStats.timings['shared-ksa'],
    graph: graphMs,
    total: ingestMs + graphMs,
  }),
);
