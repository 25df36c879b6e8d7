// Bench section: how building and querying grow with size — the corpus's classes replicated 1×, 2×,
// 5× and 10× under renamed jurisdictions (as if that many jurisdictions had published them).

import { buildEdges } from '../../src/domain/graph/build-edges.ts';
import { buildCareerGraph } from '../../src/domain/graph/build-graph.ts';
import { nextRoles, path } from '../../src/domain/graph/index.ts';
import { serializeGraph } from '../../src/domain/graph/serialize-graph.ts';
import { corpusGraph } from '../lib/corpus-graph.ts';
import { corpusPresent, CORPUS, replicate } from '../lib/corpus.ts';
import { sample, seededRandom, table, time, type Row } from '../lib/measure.ts';
import { classPairs } from '../lib/query-inputs.ts';
import type { BenchSection } from '../lib/section.ts';

const FACTORS = (process.env.RUNGS_BENCH_SCALE ?? '1,2,5,10').split(',').map(Number);

export const scaleSection: BenchSection = {
  name: 'scale',
  description: 'edges, graph and queries on the corpus replicated 1×–10×',
  async run(log) {
    if (!corpusPresent()) {
      log(`scale: skipped — the corpus is not at ${CORPUS}.`);
      return;
    }
    const base = (await corpusGraph()).doc;
    const rows: Row[] = [];
    for (const factor of FACTORS) {
      const classes = replicate(base.classes, factor);
      const built = time(() => buildEdges(classes));
      const doc = { ...base, classes, edges: built.value.edges, documents: [] };
      const graph = time(() => buildCareerGraph(doc));
      // The classes' JSON grows with the corpus copies, not with the graph: time the edges' share.
      let edgesMb = 0;
      const json = time(() => {
        edgesMb = JSON.stringify(serializeGraph(graph.value).edges).length / 1e6;
      });
      const random = seededRandom(factor);
      const ids = graph.value.nodes();
      const someIds = Array.from(
        { length: 1000 },
        () => ids[Math.floor(random() * ids.length)] as string,
      );
      const next = sample(someIds, (id) => nextRoles(graph.value, id));
      const paths = sample(classPairs(graph.value, 400, factor), ([a, b]) =>
        path(graph.value, a, b),
      );
      const t = built.value.stats.timings;
      rows.push({
        copies: factor,
        classes: classes.length,
        edges: built.value.edges.length,
        'edges ms': Math.round(built.ms),
        'promo ms': Math.round(t.promotion),
        'equiv ms': Math.round(t.equivalence),
        'ksa ms': Math.round(t['shared-ksa']),
        'graph ms': Math.round(graph.ms),
        'edges JSON ms': Math.round(json.ms),
        'edges MB': Math.round(edgesMb),
        'next p95': next.p95,
        'path p95': paths.p95,
      });
      log(`  ${factor}× done (${classes.length} classes)`);
    }
    log('Growth with size (times in ms; query p95 over 1000 classes / 400 pairs)');
    table(rows, log, 2);
  },
};
