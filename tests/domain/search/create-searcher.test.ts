import { describe, expect, it } from 'vitest';
import { seedClasses } from '../graph/seed-graph.ts';
import {
  buildSearchIndex,
  createSearcher,
  groupSearchHits,
  isSearchIndexFor,
  normalizeSearchText,
  searchIndexFile,
  wordRanges,
} from '../../../src/domain/search/index.ts';
import { seedGraph } from '../../fixtures/seed-graph.ts';

const doc = seedGraph();

describe('normalizeSearchText(text)', () => {
  it.each([
    {
      input: 'Case Manager II (Social Work)',
      expected: ['case', 'manager', 'ii', 'social', 'work'],
    },
    {
      input: 'Master’s degree—Psychología 0876',
      expected: ['master', 's', 'degree', 'psychologia', '0876'],
    },
    { input: '  ', expected: [] },
  ])('splits and folds "$input"', ({ input, expected }) => {
    expect(normalizeSearchText(input)).toEqual(expected);
  });
});

describe('createSearcher(doc).search(query)', () => {
  const searcher = createSearcher(doc);
  const titles = (q: string): string[] => searcher.search(q).map((h) => h.title);

  it('finds the Medical Social classes for "medical social", the closest title first', () => {
    const found = titles('medical social');
    expect(found.slice(0, 5).sort()).toEqual([
      'Assistant Supervisor of Medical Social Services',
      'Medical Social Assistant',
      'Medical Social Associate',
      'Medical Social Consultant',
      'Supervisor of Medical Social Services',
    ]);
  });

  it('tolerates typos ("medcal socail asociate")', () => {
    expect(titles('medcal socail asociate')[0]).toBe('Medical Social Associate');
  });

  it('matches while the last word is still being typed ("medical social cons")', () => {
    expect(titles('medical social cons')[0]).toBe('Medical Social Consultant');
  });

  it('finds a class by its code', () => {
    expect(titles('4260')[0]).toBe('Medical Social Associate');
  });

  it('finds classes by jurisdiction name', () => {
    expect(titles('westchester')).toEqual(['Case Manager II (Social Work)']);
  });

  it('finds classes by KSA wording and returns the KSA that matched', () => {
    const hits = searcher.search('interviewing techniques');
    expect(hits[0]?.title).toBe('Intensive Case Manager');
    expect(hits[0]?.ksa?.text).toBe('good knowledge of interviewing techniques');
  });

  it('returns highlight ranges over the matched words of the title', () => {
    const hit = searcher.search('medical social associate')[0];
    expect(hit?.title).toBe('Medical Social Associate');
    expect(hit?.highlight.title).toEqual([
      [0, 7],
      [8, 14],
      [15, 24],
    ]);
  });

  it('highlights the words a query spells, not their look-alikes; a typo its corrections', () => {
    // The parsed seeds: their KSAs hold "mental", a look-alike of "medical".
    const real = createSearcher({ classes: seedClasses(), jurisdictions: [] });
    const lit = (q: string): Set<string> =>
      new Set(
        real
          .search(q)
          .flatMap((h) => [
            ...h.highlight.title.map(([a, b]) => h.title.slice(a, b).toLowerCase()),
            ...(h.ksa?.ranges.map(([a, b]) => (h.ksa?.text ?? '').slice(a, b).toLowerCase()) ?? []),
          ]),
      );
    expect([...lit('medical social')].sort()).toEqual(['medical', 'social']);
    expect(lit('medcal socail')).toContain('medical');
  });

  it('returns nothing for an empty query or a word no class uses', () => {
    expect(searcher.search('   ')).toEqual([]);
    expect(searcher.search('zzzzqqq')).toEqual([]);
  });

  it('respects the limit', () => {
    expect(searcher.search('social', { limit: 2 })).toHaveLength(2);
  });
});

describe('buildSearchIndex(doc)', () => {
  it('survives JSON and gives the same answers as indexing at load time', () => {
    const index = JSON.parse(JSON.stringify(buildSearchIndex(doc))) as unknown;
    expect(isSearchIndexFor(index, doc)).toBe(true);
    const fromIndex = createSearcher(doc, isSearchIndexFor(index, doc) ? index : null);
    const fresh = createSearcher(doc);
    for (const q of ['medical social', 'case manager', 'psychology', '0876']) {
      expect(fromIndex.search(q)).toEqual(fresh.search(q));
    }
  });

  it('is not reused for a document with other classes', () => {
    const index = buildSearchIndex(doc);
    const other = { ...doc, classes: doc.classes.slice(1) };
    expect(isSearchIndexFor(index, other)).toBe(false);
    expect(isSearchIndexFor({ format: 'other' }, doc)).toBe(false);
  });
});

describe('wordRanges(text, words)', () => {
  it('marks whole words whose folded form is in the set', () => {
    expect(wordRanges('Master’s in Social Work', new Set(['social', 'work']))).toEqual([
      [12, 18],
      [19, 23],
    ]);
  });
});

describe('groupSearchHits(hits)', () => {
  it('groups by jurisdiction, the best hit’s group first', () => {
    const hits = createSearcher(doc).search('case');
    const groups = groupSearchHits(hits);
    expect(groups.map((g) => g.jurisdiction)).toEqual([
      ...new Set(hits.map((h) => h.jurisdiction)),
    ]);
    expect(groups.flatMap((g) => g.hits)).toHaveLength(hits.length);
  });
});

describe('searchIndexFile(graphFile)', () => {
  it.each([
    { input: 'data/build/graph.json', expected: 'data/build/graph.search.json' },
    { input: '/tmp/corpus', expected: '/tmp/corpus.search.json' },
  ])('$input → $expected', ({ input, expected }) => {
    expect(searchIndexFile(input)).toBe(expected);
  });
});
