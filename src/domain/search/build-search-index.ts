// The prebuilt, serialisable search index that `npm run ingest` writes beside the graph document
// and the app reloads instead of indexing at start: Fuse's index over the search records.
// [Reference] fuse.js `Fuse.createIndex` / `Fuse.parseIndex`; issue "The explorer", Search.

import Fuse, { type FuseIndex } from 'fuse.js';
import type { GraphDocument } from '../model/index.ts';
import { SEARCH_KEYS, searchRecords, type SearchRecord } from './search-record.ts';

export const SEARCH_INDEX_FORMAT = 'rungs-search-1';

export interface SearchIndex {
  format: typeof SEARCH_INDEX_FORMAT;
  /** The class ids in document order: an index is only reused for the document it was built from. */
  classIds: string[];
  /** `FuseIndex.toJSON()` over the search records. */
  fuse: ReturnType<FuseIndex<SearchRecord>['toJSON']>;
}

export function buildSearchIndex(doc: Pick<GraphDocument, 'classes' | 'jurisdictions'>): SearchIndex {
  const records = searchRecords(doc);
  const fuseIndex = Fuse.createIndex<SearchRecord>([...SEARCH_KEYS], records);
  return {
    format: SEARCH_INDEX_FORMAT,
    classIds: records.map((r) => r.id),
    fuse: fuseIndex.toJSON(),
  };
}

/** True when `index` is a search index built from a document with exactly these classes. */
export function isSearchIndexFor(
  index: unknown,
  doc: Pick<GraphDocument, 'classes'>,
): index is SearchIndex {
  if (typeof index !== 'object' || index === null) return false;
  const candidate = index as Partial<SearchIndex>;
  if (candidate.format !== SEARCH_INDEX_FORMAT || !Array.isArray(candidate.classIds)) return false;
  if (!candidate.fuse || !Array.isArray(candidate.fuse.records)) return false;
  const ids = candidate.classIds;
  return ids.length === doc.classes.length && doc.classes.every((c, i) => ids[i] === c.id);
}
