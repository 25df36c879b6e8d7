export * from './normalize-search-text.ts';
export * from './search-record.ts';
export * from './build-word-index.ts';
export * from './prefilter-candidates.ts';
export * from './build-search-index.ts';
export * from './create-searcher.ts';
export * from './group-search-hits.ts';
export * from './search-index-file.ts';
