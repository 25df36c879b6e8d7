// One corpus ingest in a process of its own, for the bench's repeated build timings: prints the
// ingest's stage timings as one JSON line. Run by corpus-graph.ts with the bench's own node flags.

import { buildCareerGraph } from '../../src/domain/graph/build-graph.ts';
import { ingestCorpus } from './corpus-graph.ts';

const t0 = performance.now();
const result = await ingestCorpus();
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
