// An app context over the seed fixture, for rendering views without <App>.
import { buildCareerGraph } from '../../../src/domain/graph/index.ts';
import type { GraphDocument } from '../../../src/domain/model/index.ts';
import { createSearcher } from '../../../src/domain/search/index.ts';
import { indexBy } from '../../../src/ui/lib/collections.ts';
import { AppData } from '../../../src/ui/state/app-data.svelte.ts';
import { APP_CONTEXT, type AppContext } from '../../../src/ui/state/context.ts';
import { EvidencePopoverState } from '../../../src/ui/state/evidence.svelte.ts';
import { ProfileStore } from '../../../src/ui/state/profile-store.svelte.ts';
import { Router } from '../../../src/ui/state/router.svelte.ts';
import { SourceFocus } from '../../../src/ui/state/source-focus.svelte.ts';
import { seedGraph } from '../../fixtures/seed-graph.ts';

export function testContext(doc: GraphDocument = seedGraph()): { ctx: AppContext; context: Map<symbol, AppContext> } {
  const data = new AppData();
  data.doc = doc;
  data.graph = buildCareerGraph(doc);
  data.searcher = createSearcher(doc);
  data.jurisdictionNames = indexBy(doc.jurisdictions, (j) => j.id, (j) => j.name);
  data.documents = indexBy(doc.documents, (d) => d.file, (d) => d);
  data.status = 'ready';
  const ctx: AppContext = { data, router: new Router(), profile: new ProfileStore(), evidence: new EvidencePopoverState(), source: new SourceFocus() };
  return { ctx, context: new Map([[APP_CONTEXT, ctx]]) };
}
