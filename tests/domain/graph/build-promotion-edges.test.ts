import { describe, expect, it } from 'vitest';
import { buildClassIndex } from '../../../src/domain/graph/build-class-index.ts';
import { buildPromotionEdges } from '../../../src/domain/graph/build-promotion-edges.ts';
import type { ClassReference, JobClass } from '../../../src/domain/model/index.ts';
import { experience, jobClass, ref, route, series } from './fixtures.ts';

const promote = (classes: JobClass[]) => buildPromotionEdges(classes, buildClassIndex(classes));
const pairs = (classes: JobClass[]) =>
  promote(classes).edges.map((e) => `${e.source}->${e.target}`);

describe('buildPromotionEdges(classes, index)', () => {
  it('links consecutive levels of a series, lower to higher', () => {
    expect(pairs(series(['a', 'b', 'c']))).toEqual(['j1:a->j1:b', 'j1:b->j1:c']);
  });

  it('names the promotional line when the series has one', () => {
    const [edge] = promote(series(['a', 'b'], 'j1', '51')).edges;
    expect(edge?.basis).toBe('promotional line 51');
    expect(edge?.ladder).toBe(true);
    expect(edge?.evidence.map((e) => e.classId)).toEqual(['j1:a', 'j1:b']);
  });

  it('quotes the line that names each class, word for word, with its line number', () => {
    const [a, b] = series(['a', 'b']);
    const named = [
      { ...(a as JobClass), namedAt: { text: '0264 Title a 01 444 6 mo.', line: 6 } },
      { ...(b as JobClass), namedAt: { text: '4260 Title b 01 444 6 mo.', line: 7 } },
    ];
    expect(promote(named).edges[0]?.evidence).toEqual([
      { classId: 'j1:a', text: '0264 Title a 01 444 6 mo.', file: 'j1.txt', line: 6 },
      { classId: 'j1:b', text: '4260 Title b 01 444 6 mo.', file: 'j1.txt', line: 7 },
    ]);
    // A class that names no line (an older document) is described from its title and series.
    const [edge] = promote(series(['a', 'b'])).edges;
    expect(edge?.evidence[0]?.text).toContain('Title a');
  });

  it('skips parallel classes that have no level', () => {
    const classes = [
      ...series(['a', 'b']),
      jobClass({ id: 'j1:p', title: 'Parallel', series: { id: 's1', level: null } }),
    ];
    expect(pairs(classes)).toEqual(['j1:a->j1:b']);
  });

  it('links numbered titles of one family in one jurisdiction, skipping missing numbers', () => {
    const classes = [
      jobClass({ id: 'j1:1', title: 'Accountant I' }),
      jobClass({ id: 'j1:3', title: 'Accountant III' }),
      jobClass({ id: 'j1:cm2', title: 'Case Manager II (Social Work)' }),
      jobClass({ id: 'j1:cm3', title: 'Case Manager III (Social Work)' }),
      jobClass({ id: 'j1:cmx', title: 'Case Manager IV (Nursing)' }),
      jobClass({ id: 'j2:2', title: 'Accountant II', jurisdiction: 'j2' }),
    ];
    const edges = promote(classes).edges;
    expect(edges.map((e) => `${e.source}->${e.target}`)).toEqual(['j1:1->j1:3', 'j1:cm2->j1:cm3']);
    expect(edges.every((e) => e.basis === 'numbered titles' && e.ladder)).toBe(true);
  });

  it('adds an edge from a class named in a "performing the duties of" clause, with its months', () => {
    const classes = [
      jobClass({ id: 'j1:ssc', title: 'Social Service Consultant I' }),
      jobClass({
        id: 'j1:sup',
        title: 'Social Service Supervisor',
        routes: [
          route('I', {
            experience: [
              experience(12, 'duties', { classRefs: [ref('Social Service Consultant I')] }),
            ],
            line: 40,
          }),
        ],
      }),
    ];
    const [edge] = promote(classes).edges;
    expect(edge).toMatchObject({
      source: 'j1:ssc',
      target: 'j1:sup',
      kind: 'promotion',
      months: 12,
      ladder: false,
      basis: 'performing the duties of a Social Service Consultant I',
    });
    expect(edge?.evidence[0]).toMatchObject({
      classId: 'j1:sup',
      line: 40,
      text: '12 months of duties',
    });
  });

  it('merges a "comparable to the X level" clause into the series edge and carries its months', () => {
    const [low, mid] = series(['c', 'd'], 'j1', '51') as [JobClass, JobClass];
    const top = {
      ...mid,
      qualifications: {
        ...mid.qualifications,
        routes: [
          route('B', {
            experience: [
              experience(48, 'social work', {
                including: [
                  {
                    months: 24,
                    kind: 'comparable',
                    classRefs: [ref('Title c', 'comparable-level', true)],
                  },
                ],
              }),
            ],
          }),
        ],
      },
    };
    const edges = promote([low, top]).edges;
    expect(edges).toHaveLength(1);
    expect(edges[0]).toMatchObject({
      source: 'j1:c',
      target: 'j1:d',
      months: 24,
      ladder: true,
      basis: 'promotional line 51; comparable to the Title c level',
    });
  });

  it('reports an unresolved reference and counts references per kind', () => {
    const classes = [
      jobClass({
        id: 'j1:x',
        title: 'X',
        routes: [
          route('A', {
            experience: [experience(12, 'duties', { classRefs: [ref('Nonexistent Class')] })],
            line: 7,
          }),
        ],
      }),
    ];
    const result = promote(classes);
    expect(result.edges).toEqual([]);
    expect(result.diagnostics).toMatchObject([
      { code: 'unresolved-class-reference', classId: 'j1:x', line: 7 },
    ]);
    expect(result.references['performing-duties']).toEqual({ resolved: 0, unresolved: 1 });
    expect(result.referencesByJurisdiction.j1?.['performing-duties']).toEqual({
      resolved: 0,
      unresolved: 1,
    });
  });

  it('links the rung below from a "next lower level of this series" clause, with its months', () => {
    const accountant = (n: string, refs: ClassReference[] = []) =>
      jobClass({
        id: `j1:a${String(n.length)}`,
        title: `Accountant ${n}`,
        routes: [
          route('A', {
            experience: [experience(24, 'accounting', { classRefs: refs })],
            line: 3,
          }),
        ],
      });
    const lower = lowerLevel();
    const result = promote([accountant('I', [lower]), accountant('II', [lower])]);
    expect(result.edges).toMatchObject([
      {
        source: 'j1:a1',
        target: 'j1:a2',
        months: 24,
        basis: 'numbered titles; comparable to the Accountant I level',
      },
    ]);
    // The bottom rung has none below it: that is said, in words a reader follows.
    expect(result.diagnostics).toMatchObject([
      { code: 'unresolved-class-reference', classId: 'j1:a1', line: 3 },
    ]);
    expect(result.diagnostics[0]?.message).toContain(
      'no class of its series, numbered titles or title family is below it',
    );
    expect(result.references['comparable-level']).toEqual({ resolved: 1, unresolved: 1 });
  });

  it('makes the edge a "lower level" clause names when no ladder joins the two: a ladder step', () => {
    const senior = jobClass({
      id: 'j1:senior',
      title: 'Senior Library Specialist',
      routes: [
        route('A', { experience: [experience(12, 'library', { classRefs: [lowerLevel()] })] }),
      ],
    });
    const result = promote([jobClass({ id: 'j1:base', title: 'Library Specialist' }), senior]);
    expect(result.edges).toMatchObject([
      {
        source: 'j1:base',
        target: 'j1:senior',
        months: 12,
        // The clause says the two are rungs of one series, though the index states none.
        ladder: true,
        basis: 'comparable to the Library Specialist level',
      },
    ]);
    expect(result.diagnostics).toEqual([]);
  });

  it('reads "the lower level of this series" of a line of work by its role words', () => {
    const level = (id: string, title: string, refs: ClassReference[] = []) =>
      jobClass({
        id,
        title,
        routes:
          refs.length > 0
            ? [route('A', { experience: [experience(24, 'imaging', { classRefs: refs })] })]
            : [],
      });
    const result = promote([
      level('j1:t', 'Mammography Technologist'),
      level('j1:s', 'Mammography Specialist', [lowerLevel()]),
      level('j1:m', 'Mammography Manager', [lowerLevel()]),
    ]);
    expect(result.edges.map((e) => [e.source, e.target, e.months, e.ladder])).toEqual([
      ['j1:s', 'j1:m', 24, true],
      ['j1:t', 'j1:s', 24, true],
    ]);
    expect(result.diagnostics).toEqual([]);
  });

  it('steps up a title family an index files under one work area, rank by rank', () => {
    const inArea = (id: string, title: string, workArea = 'Crafts and Trades Services') => ({
      ...jobClass({ id, title }),
      facts: { workArea },
    });
    const result = promote([
      inArea('j1:e', 'Electrician'),
      inArea('j1:ef', 'Electrician Foreman'),
      inArea('j1:es', 'Electrician Sub-Foreman'),
      // Not in the work area: no step.
      jobClass({ id: 'j1:ps', title: 'Plumber Sub-Foreman' }),
      jobClass({ id: 'j1:p', title: 'Plumber' }),
    ]);
    expect(result.edges).toMatchObject([
      { source: 'j1:e', target: 'j1:es', ladder: true, months: null },
      { source: 'j1:es', target: 'j1:ef', ladder: true, months: null },
    ]);
    expect(result.edges[1]?.basis).toBe('title ranks in work area Crafts and Trades Services');
    expect(result.edges[1]?.evidence.map((e) => e.classId)).toEqual(['j1:es', 'j1:ef']);
  });

  it("puts a uniformed line's officer at the foot of its ranks", () => {
    const inArea = (id: string, title: string) => ({
      ...jobClass({ id, title }),
      facts: { workArea: 'Safety and Security Services' },
    });
    const result = promote([
      inArea('j1:lt', 'Police Lieutenant'),
      inArea('j1:of', 'Police Officer'),
      inArea('j1:cp', 'Police Captain'),
      inArea('j1:sg', 'Police Sergeant'),
      inArea('j1:co', 'Police Corporal'),
      // An officer with no ranks beside it leads nowhere.
      inArea('j1:lo', 'Loan Officer'),
    ]);
    expect(result.edges.map((e) => [e.source, e.target, e.ladder]).sort()).toEqual([
      ['j1:co', 'j1:sg', true],
      ['j1:lt', 'j1:cp', true],
      ['j1:of', 'j1:co', true],
      ['j1:sg', 'j1:lt', true],
    ]);
  });

  it('leaves a title-rank step out where the clauses join the two classes, either way', () => {
    const inArea = (c: JobClass) => ({ ...c, facts: { workArea: 'Crafts' } });
    const names = (title: string) => [
      route('A', { experience: [experience(12, 'x', { classRefs: [ref(title)] })] }),
    ];
    const edges = promote([
      // Painter → Painter Sub-Foreman → Painter Foreman by clauses; the step Painter → Foreman
      // would shorten them.
      inArea(jobClass({ id: 'j1:p', title: 'Painter' })),
      inArea(
        jobClass({ id: 'j1:pf', title: 'Painter Foreman', routes: names('Painter Sub-Foreman') }),
      ),
      inArea(jobClass({ id: 'j1:ps', title: 'Painter Sub-Foreman', routes: names('Painter') })),
      // A clause that leads down (Foreman → Sub-Foreman): the step up would close a cycle.
      inArea(jobClass({ id: 'j1:e', title: 'Electrician' })),
      inArea(jobClass({ id: 'j1:ef', title: 'Electrician Foreman' })),
      inArea(
        jobClass({
          id: 'j1:es',
          title: 'Electrician Sub-Foreman',
          routes: names('Electrician Foreman'),
        }),
      ),
    ]).edges;
    expect(edges.map((e) => `${e.source} → ${e.target} ${String(e.ladder)}`)).toEqual([
      'j1:e → j1:es true',
      'j1:ef → j1:es false',
      'j1:p → j1:ps true',
      'j1:ps → j1:pf true',
    ]);
    // Steps the clauses state keep their clause and gain the title-rank basis.
    expect(edges.find((e) => e.source === 'j1:p')?.basis).toBe(
      'performing the duties of a Painter; title ranks in work area Crafts',
    );
  });

  it('makes no title-rank step for a family whose work area holds a class it cannot place, nor in a series', () => {
    const inArea = (c: JobClass) => ({ ...c, facts: { workArea: 'Managerial' } });
    const edges = promote([
      inArea(jobClass({ id: 'j1:f', title: 'Financial Analyst/Planner' })),
      inArea(jobClass({ id: 'j1:fsp', title: 'Financial Analyst/Planner Specialist' })),
      inArea(jobClass({ id: 'j1:fsu', title: 'Financial Analyst/Planner Supervisor' })),
      inArea(jobClass({ id: 'j1:w', title: 'Widget Tech', series: { id: 'w', level: 2 } })),
      inArea(jobClass({ id: 'j1:ws', title: 'Senior Widget Tech', series: { id: 'w', level: 1 } })),
    ]).edges;
    // Only the series' own step (its level 1 is "Senior Widget Tech").
    expect(edges.map((e) => `${e.source} → ${e.target}`)).toEqual(['j1:ws → j1:w']);
  });

  it('cites a clause from the sheet a class index keeps its qualifications in', () => {
    const target = {
      ...jobClass({
        id: 'j1:b',
        title: 'B',
        routes: [
          route('A', { experience: [experience(12, 'x', { classRefs: [ref('A')] })], line: 40 }),
        ],
      }),
      fileOf: { qualifications: 'idx/maq.csv' },
    };
    const [edge] = promote([jobClass({ id: 'j1:a', title: 'A' }), target]).edges;
    expect(edge?.evidence.map((e) => `${e.classId} ${e.file}`)).toEqual([
      'j1:b idx/maq.csv',
      'j1:a j1.txt',
    ]);
  });

  it('does not resolve references across jurisdictions', () => {
    const classes = [
      jobClass({ id: 'j2:a', title: 'Analyst', jurisdiction: 'j2' }),
      jobClass({
        id: 'j1:b',
        title: 'B',
        routes: [
          route('A', { experience: [experience(12, 'x', { classRefs: [ref('Analyst')] })] }),
        ],
      }),
    ];
    expect(promote(classes).edges).toEqual([]);
  });
});

function lowerLevel(): ClassReference {
  return {
    title: 'the next lower level',
    kind: 'comparable-level',
    sameSeries: true,
    text: 'the next lower level of this series',
    relative: 'lower-level',
  };
}
