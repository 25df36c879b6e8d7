// The searchable view of one job class: the fields the search looks at (title, code, series,
// jurisdiction, KSA wording) and their weights. [Reference] issue "The explorer", Search.

import type { GraphDocument, JobClass } from '../model/index.ts';

export interface SearchRecord {
  id: string;
  title: string;
  code: string;
  series: string;
  /** The jurisdiction's name and id ("Westchester County, New York westchester-ny"). */
  jurisdiction: string;
  ksas: string[];
}

export type SearchField = 'title' | 'code' | 'series' | 'jurisdiction' | 'ksas';

/**
 * Fuse keys, in index order: the name fields. KSA wording is matched by the word index instead.
 * NOTE: a fuzzy pass over KSA lists costs ~300 ms p95 per keystroke on 4,400 CalHR classes (their
 * lists are long); over the names it costs a few milliseconds, and the word index already
 * tolerates typos in KSA words ("interveiwing" → "interviewing").
 */
export const SEARCH_KEYS: readonly { name: Exclude<SearchField, 'ksas'>; weight: number }[] = [
  { name: 'title', weight: 5 },
  { name: 'code', weight: 3 },
  { name: 'series', weight: 1.5 },
  { name: 'jurisdiction', weight: 1 },
];

export function searchRecord(jobClass: JobClass, jurisdictionNames: ReadonlyMap<string, string>): SearchRecord {
  const name = jurisdictionNames.get(jobClass.jurisdiction) ?? '';
  return {
    id: jobClass.id,
    title: jobClass.title,
    code: jobClass.code ?? '',
    series: jobClass.series && jobClass.series.title !== jobClass.title ? jobClass.series.title : '',
    jurisdiction: name ? `${name} ${jobClass.jurisdiction}` : jobClass.jurisdiction,
    ksas: jobClass.ksas.map((k) => k.text),
  };
}

export function searchRecords(doc: Pick<GraphDocument, 'classes' | 'jurisdictions'>): SearchRecord[] {
  const names = new Map(doc.jurisdictions.map((j) => [j.id, j.name]));
  return doc.classes.map((c) => searchRecord(c, names));
}
