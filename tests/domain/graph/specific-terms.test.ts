import { describe, expect, it } from 'vitest';
import {
  classesShowing,
  requirementStems,
  joinTermTables,
  requirementWordings,
  specificFactor,
  specificMatch,
  specificTermsOf,
  workTermTable,
  workTerms,
} from '../../../src/domain/graph/specific-terms.ts';
import { experience, jobClass, route } from './fixtures.ts';

const PLUMBER =
  'varied experience as a journey level plumber; and completion of a recognized apprenticeship in plumbing';

const work = (title: string, duties: string[] = [], summary = '') =>
  jobClass({
    id: `x:${title.toLowerCase().replace(/\W+/g, '-')}`,
    title,
    jurisdiction: 'x',
    summary,
    duties,
  });

describe('requirementStems(kind)', () => {
  it('keeps what the work must be about, not how much or where', () => {
    const stems = requirementStems(PLUMBER);
    expect(stems).toEqual(expect.arrayContaining(['plumb', 'apprentic']));
    for (const stem of requirementStems('experience year journey level completion recognized'))
      expect(stems).not.toContain(stem);
    expect(
      requirementStems('Two years of professional experience in the California state service'),
    ).toEqual([]);
    expect(requirementStems('in a supervisory capacity if required by the institution')).toEqual([
      'supervis',
      'institut',
    ]);
  });

  it('drops numbers and cross-references', () => {
    expect(requirementStems('as defined in Section 830.1, as indicated in (A)')).toEqual([]);
  });
});

describe('requirementWordings(classes)', () => {
  it('lists each distinct wording once, the parts a requirement must include among them', () => {
    const including = [{ months: 12, kind: 'supervising plumbers', classRefs: [] }];
    const classes = ['x:a', 'x:b'].map((id) =>
      jobClass({
        id,
        title: id,
        jurisdiction: 'x',
        routes: [route('A', { experience: [experience(24, PLUMBER, { including })] })],
      }),
    );
    expect(requirementWordings(classes)).toEqual([PLUMBER, 'supervising plumbers']);
  });
});

describe('workTermTable(works, wordings)', () => {
  it('lists, for each stem asked for, the classes whose title, summary or duties say it', () => {
    const classes = [
      work('Plumber', ['Installs and repairs plumbing fixtures.']),
      work(
        'Mechanic',
        ['Repairs machinery.'],
        'Plumbing of engines aside, keeps vehicles running.',
      ),
      work('Clerk', ['Files records.']),
    ];
    const table = workTermTable(classes, ['plumbing repairs', 'work in a trade of two years']);
    expect(table.vocabulary).toEqual(['plumb', 'repair', 'trad']);
    // Each wording's stems, by their number in the vocabulary.
    expect([...table.wordingStems]).toEqual([0, 1, 2]);
    expect([...table.wordingOffsets]).toEqual([0, 2, 3]);
    expect([...classesShowing(table, 'plumb')]).toEqual([0, 1]);
    expect([...classesShowing(table, 'repair')]).toEqual([0, 1]);
    expect([...classesShowing(table, 'trad')]).toEqual([]);
    expect([...classesShowing(table, 'not-in-vocabulary')]).toEqual([]);
    expect(table.classCount).toBe(3);
    expect(workTerms(classes[2]!).has('record')).toBe(true);
  });
});

describe('joinTermTables(parts)', () => {
  const classes = [
    work('Plumber', ['Installs and repairs plumbing fixtures.']),
    work('Clerk', ['Files records.']),
    work('Pipefitter', ['Repairs pipes and plumbing.']),
  ];
  const wordings = ['plumbing repairs', 'keeping records'];

  it('joins the tables of consecutive shares of the classes as the table of them all', () => {
    const joined = joinTermTables([
      workTermTable(classes.slice(0, 2), wordings),
      workTermTable(classes.slice(2), wordings),
    ]);
    expect(joined).toEqual(workTermTable(classes, wordings));
    expect([...classesShowing(joined, 'plumb')]).toEqual([0, 2]);
  });

  it('refuses tables of different wordings', () => {
    expect(() =>
      joinTermTables([workTermTable(classes, wordings), workTermTable(classes, ['records'])]),
    ).toThrow(/different vocabularies/);
  });
});

describe('specificTermsOf(kind, table)', () => {
  const classes = [
    ...Array.from({ length: 120 }, (_, i) =>
      work(`Worker ${i}`, ['Performs maintenance and repair work.']),
    ),
    work('Plumber', ['Performs plumbing maintenance and repair.']),
    work('Apprentice', ['Learns the trade as an apprentice.']),
  ];
  const table = workTermTable(
    classes,
    requirementWordings([
      jobClass({
        id: 'x:t',
        title: 'T',
        jurisdiction: 'x',
        routes: [route('A', { experience: [experience(12, `${PLUMBER} and repair`)] })],
      }),
    ]),
  );

  it('weighs a term by how few classes show it, and leaves out what most classes do', () => {
    const terms = specificTermsOf(`${PLUMBER} and repair`, table);
    expect(terms.map((t) => t.term)).toEqual(['apprentic', 'plumb']);
    expect(terms[0]?.weight).toBeCloseTo(Math.log(1 + 122 / 2), 3);
  });

  it('keeps every term in a graph too small to say which words are common', () => {
    // A wording the table was not built for is read anew; its stems no class shows weigh most.
    const small = workTermTable(classes.slice(0, 3), table.wordings);
    expect(
      specificTermsOf('maintenance and repair', small)
        .map((t) => t.term)
        .sort(),
    ).toEqual(['mainten', 'repair']);
  });
});

describe('specificMatch(terms, shows, classCount) and specificFactor(match)', () => {
  const terms = [
    { term: 'plumb', weight: 4 },
    { term: 'apprentic', weight: 4 },
    { term: 'pipe', weight: 4 },
  ];
  it('is the share of the terms’ weight the work shows, two rare terms being enough', () => {
    // Two terms each shown by 2% of 1,000 classes: 2 · ln(1 + 1000/21) ≈ 7.76 is a full match.
    expect(specificMatch(terms, () => false, 1000)).toBe(0);
    expect(specificMatch(terms, (t) => t === 'plumb', 1000)).toBeCloseTo(4 / 7.763, 3);
    expect(specificMatch(terms, (t) => t !== 'pipe', 1000)).toBe(1);
    expect(specificMatch([], () => false, 1000)).toBe(1);
  });

  it('lets a kind score through in full only when the work names what is asked', () => {
    expect(specificFactor(0)).toBe(0.4);
    expect(specificFactor(1)).toBe(1);
    expect(specificFactor(0.5)).toBeCloseTo(0.7, 10);
  });
});
