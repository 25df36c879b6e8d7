// Groups search hits by jurisdiction, the group of the best hit first, hits keeping their order.
// [Reference] issue "The explorer", Search: "grouped by jurisdiction".

import type { SearchHit } from './create-searcher.ts';

export interface SearchGroup {
  jurisdiction: string;
  hits: SearchHit[];
}

export function groupSearchHits(hits: readonly SearchHit[]): SearchGroup[] {
  const groups = new Map<string, SearchGroup>();
  for (const hit of hits) {
    let group = groups.get(hit.jurisdiction);
    if (!group) {
      group = { jurisdiction: hit.jurisdiction, hits: [] };
      groups.set(hit.jurisdiction, group);
    }
    group.hits.push(hit);
  }
  return [...groups.values()];
}
