// The career graph of the whole shared corpus (CalHR + SUCSS), when it is present: every edge well
// formed, class references resolved within a jurisdiction. Skips with a message when it is absent.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../../src/cli/ingest.ts';
import { DEFAULT_MAX_BYTES } from '../../../src/cli/read-document.ts';
import { buildEdges, type BuildEdgesResult } from '../../../src/domain/graph/build-edges.ts';
import type { GraphDocument } from '../../../src/domain/model/index.ts';
import { CALHR, CORPUS, SUCSS } from '../../fixtures/corpus.ts';

const present = existsSync(CALHR) && existsSync(SUCSS);
if (!present)
  console.log(`tests/domain/graph/corpus.test.ts: skipped, no corpus at ${CALHR} and ${SUCSS}`);

describe.skipIf(!present)('buildEdges(classes) over the shared corpus', () => {
  let doc: GraphDocument;
  let built: BuildEdgesResult;

  it('builds edges of every kind for the corpus classes', { timeout: 300_000 }, async () => {
    // The classes as `npm run ingest` reads them, each folder under its own jurisdiction.
    const ingested = await ingest(
      [
        { path: CALHR, jurisdiction: 'calhr' },
        { path: SUCSS, jurisdiction: 'il-sucss' },
      ],
      {
        manifest: null,
        cwd: CORPUS,
        maxBytes: DEFAULT_MAX_BYTES,
        now: new Date('2026-01-01T00:00:00Z'),
        threads: availableParallelism(),
      },
    );
    doc = ingested.document;
    built = buildEdges(doc.classes);
    const s = built.stats;
    console.log(
      `corpus graph: ${doc.classes.length} classes; promotion ${s.edges.promotion}, equivalence ${s.edges.equivalence}, ` +
        `shared-KSA ${s.edges['shared-ksa']}; no edge: ${s.isolatedClasses}; "performing the duties of" resolved ` +
        `${s.references['performing-duties'].resolved} of ${s.references['performing-duties'].resolved + s.references['performing-duties'].unresolved}`,
    );
    expect(s.edges.promotion).toBeGreaterThan(1000);
    expect(s.edges.equivalence).toBeGreaterThan(1000);
    expect(s.edges['shared-ksa']).toBeGreaterThan(1000);
    expect(s.references['performing-duties'].resolved).toBeGreaterThan(
      s.references['performing-duties'].unresolved,
    );
  });

  it('gives every edge known ends, evidence with a file, and keeps promotions inside a jurisdiction', () => {
    const byId = new Map(doc.classes.map((c) => [c.id, c]));
    for (const e of built.edges) {
      const source = byId.get(e.source);
      const target = byId.get(e.target);
      expect(source && target, `${e.source} → ${e.target}`).toBeTruthy();
      expect(e.evidence.length).toBeGreaterThan(0);
      for (const ev of e.evidence) expect(ev.file).not.toBe('');
      if (e.kind === 'promotion') expect(source?.jurisdiction).toBe(target?.jurisdiction);
      if (e.kind === 'equivalence') expect(e.months).toBeGreaterThan(0);
    }
  });

  it('names every unresolved class reference in a diagnostic with its file', () => {
    const s = built.stats.references;
    const unresolved =
      s['performing-duties'].unresolved +
      s['comparable-level'].unresolved +
      s['in-class'].unresolved;
    const diagnostics = built.diagnostics.filter((d) => d.code === 'unresolved-class-reference');
    expect(diagnostics).toHaveLength(unresolved);
    for (const d of diagnostics) expect(d.file).not.toBe('');
  });
});
