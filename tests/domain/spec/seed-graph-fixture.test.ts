// The hand-written seed graph the UI tests use (tests/fixtures/seed-graph.ts) cites the real seed
// files: its KSA statements must be the ones the parser reads there, of the same kind, on the same
// line, or the UI would be tested on a document no ingest could produce.

import { describe, expect, it } from 'vitest';
import { seedGraph } from '../../fixtures/seed-graph.ts';
import { parseSeed, type SeedName } from './seed-fixtures.ts';

const SEED_OF: Record<string, SeedName> = {
  'seeds/il-sucss-medical-social-services-series.txt': 'sucss',
  'seeds/westchester-ny-case-manager-ii-social-work.txt': 'westchester',
  'seeds/ny-county-intensive-case-manager.txt': 'ny',
};

describe('the hand-written seed graph (tests/fixtures/seed-graph.ts)', () => {
  const doc = seedGraph();

  it.each(doc.classes.map((c) => [c.id, c]))(
    'gives %s the KSA statements the parser reads, with their kinds and lines',
    (_id, cls) => {
      const seed = SEED_OF[cls.source.file];
      expect(seed, cls.source.file).toBeDefined();
      const parsed = parseSeed(seed as SeedName).value.classes.find((c) => c.id === cls.id);
      expect(parsed, cls.id).toBeDefined();
      // The fixture keeps a statement's closing full stop, and shortens a few long ones.
      const bare = (text: string) => text.replace(/[.;,:\s]+$/, '').toLowerCase();
      for (const ksa of cls.ksas) {
        const real = parsed?.ksas.find(
          (k) => k.line === ksa.line && bare(k.text).startsWith(bare(ksa.text)),
        );
        expect(real, `${cls.id} line ${ksa.line}: "${ksa.text}"`).toBeDefined();
        expect(ksa.kind, `${cls.id} line ${ksa.line}: "${ksa.text}"`).toBe(real?.kind);
      }
    },
  );
});
