// readTargetsInParallel when the worker module cannot be bundled (workerScript gives null): no
// worker starts and this thread reads every target, the results the same as read in turn.

import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { collectInputs } from '../../src/cli/ingest-inputs.ts';
import { readTargets } from '../../src/cli/ingest-target.ts';
import { readTargetsInParallel } from '../../src/cli/ingest-workers.ts';

vi.mock('../../src/cli/worker-script.ts', () => ({ workerScript: () => Promise.resolve(null) }));

const SEEDS = join(import.meta.dirname, '../../data/seeds');

describe('readTargetsInParallel(targets, maxBytes, threads) with no worker script', () => {
  it.each([true, false])(
    'reads every target on this thread (onThisThread: %s), results in target order',
    async (onThisThread) => {
      const { targets } = await collectInputs(
        [{ path: SEEDS, jurisdiction: 'Somewhere' }],
        null,
        SEEDS,
      );
      const { results, onWorkers, helpers } = await readTargetsInParallel(targets, 1e7, 3, {
        onThisThread,
      });
      expect(targets.length).toBeGreaterThan(1);
      expect(onWorkers).toBe(0);
      // No worker to work out a class-kind table either: the caller does.
      expect(
        await helpers.classKinds([{ title: 'Clerk', summary: '', duties: [] }], ['clerical work']),
      ).toBeNull();
      const vectors = {
        codes: new Int32Array(0),
        starts: new Int32Array(1),
        w2: new Float64Array(0),
      };
      expect(await helpers.sharedKsaNeighbours(vectors)).toBeNull();
      expect(results).toEqual(await readTargets(targets, 1e7));
    },
  );
});
