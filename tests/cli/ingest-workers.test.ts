import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../../src/cli/ingest.ts';
import { collectInputs, type IngestTarget } from '../../src/cli/ingest-inputs.ts';
import { readTargets, type TargetResult } from '../../src/cli/ingest-target.ts';
import { MIN_TARGETS_FOR_WORKERS, readTargetsInParallel } from '../../src/cli/ingest-workers.ts';
import {
  prepareSharedKsa,
  sharedKsaNeighbours,
} from '../../src/domain/graph/build-shared-ksa-edges.ts';
import { classKindTable } from '../../src/domain/graph/score-experience-match.ts';
import { requirementWordings, workTermTable } from '../../src/domain/graph/specific-terms.ts';

const SEEDS = join(import.meta.dirname, '../../data/seeds');

describe('ingest(inputs, { threads })', () => {
  let dir = '';
  let targets: IngestTarget[] = [];
  let inTurn: TargetResult[] = [];

  beforeAll(async () => {
    // Enough documents for the ingest to use a worker: the seeds, copied under numbered names.
    dir = mkdtempSync(join(tmpdir(), 'rungs-workers-'));
    const docs = join(dir, 'docs');
    mkdirSync(docs);
    const seeds = readdirSync(SEEDS).filter((f) => f.endsWith('.txt'));
    for (let i = 0; i < MIN_TARGETS_FOR_WORKERS + 6; i += 1) {
      const seed = seeds[i % seeds.length] as string;
      copyFileSync(join(SEEDS, seed), join(docs, `${String(i).padStart(3, '0')}-${seed}`));
    }
    // The targets, and each read in turn on this thread: what the parallel reads must give.
    ({ targets } = await collectInputs([{ path: docs, jurisdiction: 'Somewhere' }], null, dir));
    inTurn = await readTargets(targets, 1e7);
  }, 120_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('builds the same graph document on two threads as on one', { timeout: 120_000 }, async () => {
    const run = (threads: number) =>
      ingest([{ path: join(dir, 'docs'), jurisdiction: 'Somewhere' }], {
        manifest: null,
        cwd: dir,
        maxBytes: 1e7,
        now: new Date('2026-01-01T00:00:00Z'),
        threads,
      });
    const one = await run(1);
    const two = await run(2);
    expect(one.document.documents).toHaveLength(MIN_TARGETS_FOR_WORKERS + 6);
    expect(one.document.classes.length).toBeGreaterThan(10);
    expect(two.document).toEqual(one.document);
    expect(two.unreadable).toEqual(one.unreadable);
  });

  it(
    'reads every target in worker threads that share one counter, results in target order',
    { timeout: 120_000 },
    async () => {
      const { results, onWorkers, helpers } = await readTargetsInParallel(targets, 1e7, 3, {
        onThisThread: false,
      });
      helpers.close();
      expect(onWorkers).toBe(targets.length);
      expect(results.map((r) => r.parsed[0]?.document.file)).toEqual(targets.map((t) => t.name));
      expect(results).toEqual(inTurn);
    },
  );

  it(
    'shares the targets between this thread and a worker, results in target order',
    { timeout: 120_000 },
    async () => {
      const { results, onWorkers, helpers } = await readTargetsInParallel(targets, 1e7, 2);
      helpers.close();
      expect(onWorkers).toBeLessThan(targets.length);
      expect(results).toEqual(inTurn);
    },
  );

  it(
    'then works out class-kind and work-term tables on the workers, each taking a share, and shared-KSA neighbours',
    { timeout: 120_000 },
    async () => {
      const { results, helpers } = await readTargetsInParallel(targets, 1e7, 3, {
        onThisThread: false,
      });
      const classes = results.flatMap((r) => r.parsed.flatMap((p) => p.classes));
      const work = classes.map(({ title, summary, duties }) => ({ title, summary, duties }));
      try {
        const wordings = requirementWordings(classes);
        const tables = await helpers.classKinds(work, wordings);
        expect(tables?.kinds).toEqual(classKindTable(classes));
        expect(tables?.kinds.scores.some((s) => s > 0.5)).toBe(true);
        // The shares' postings, merged, are those of one table of all the classes.
        expect(tables?.terms).toEqual(workTermTable(work, wordings));
        expect(tables?.terms.classes.length).toBeGreaterThan(0);
        // Asked again, they answer again; two questions at once are answered in turn.
        const { vectors } = prepareSharedKsa(classes);
        const [again, neighbours] = await Promise.all([
          helpers.classKinds(work.slice(0, 3), wordings),
          helpers.sharedKsaNeighbours(vectors, { threshold: 0.1 }),
        ]);
        expect(again?.kinds).toEqual(classKindTable(classes.slice(0, 3)));
        // Asked for the kinds of the classes from the third on, they leave out the first two.
        const rest = await helpers.classKinds(work, wordings, 2);
        expect(rest?.kinds).toEqual(classKindTable(classes.slice(2)));
        expect(rest?.terms).toEqual(workTermTable(work, wordings));
        expect(neighbours).toEqual(sharedKsaNeighbours(vectors, { threshold: 0.1 }));
        expect(neighbours?.counts.some((c) => c > 0)).toBe(true);
      } finally {
        helpers.close();
      }
      // Once let go, they have nothing to give: the caller works these out itself.
      expect(await helpers.classKinds(work, [])).toBeNull();
      expect(await helpers.sharedKsaNeighbours(prepareSharedKsa(classes).vectors)).toBeNull();
    },
  );
});
