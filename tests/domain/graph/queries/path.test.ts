import { describe, expect, it } from 'vitest';
import { ClassNotFoundError } from '../../../../src/domain/errors.ts';
import { path } from '../../../../src/domain/graph/queries/path.ts';
import { experience, graphOf, jobClass, keywordScorer, profile, ref, route } from '../fixtures.ts';

// a → b by b's "performing the duties of an A" clause (12 months), b → c by the ladder (c asks 36
// months or 60 of casework), and a shortcut a → c by an equivalence edge on c's 60-month route (a is
// outside c's series: no equivalence edges inside one series); d sits apart.
const classes = [
  jobClass({ id: 'j:a', title: 'A', summary: 'casework' }),
  jobClass({
    id: 'j:b',
    title: 'B',
    series: { id: 's', level: 2 },
    routes: [route('A', { experience: [experience(12, 'work', { classRefs: [ref('A')] })] })],
  }),
  jobClass({
    id: 'j:c',
    title: 'C',
    series: { id: 's', level: 3 },
    routes: [
      route('A', { experience: [experience(36, 'work')] }),
      route('B', { experience: [experience(60, 'casework', { kindIds: ['casework'] })] }),
    ],
  }),
  jobClass({ id: 'k:d', title: 'D', jurisdiction: 'k' }),
];
const graph = graphOf(classes, { equivalence: { scorer: keywordScorer } });

describe('path(graph, from, to, options)', () => {
  it('takes the quickest route in months and lists every step with its months and route', () => {
    const result = path(graph, 'j:a', 'j:c');
    expect(result.found).toBe(true);
    expect(
      result.steps.map((s) => [s.from.classId, s.to.classId, s.kind, s.months, s.route?.id]),
    ).toEqual([
      ['j:a', 'j:b', 'promotion', 12, 'A'],
      ['j:b', 'j:c', 'promotion', 36, 'A'],
    ]);
    expect(result.totalMonths).toBe(48);
    expect(result.steps[0]?.evidence.length).toBeGreaterThan(0);
  });

  it('offers the other route as an alternative', () => {
    const result = path(graph, 'j:a', 'j:c');
    expect(result.alternatives.map((p) => [p.totalMonths, p.steps.map((s) => s.kind)])).toEqual([
      [60, ['equivalence']],
    ]);
  });

  it('gives, of the routes that each leave out one step of the best, the quickest first', () => {
    // Start → Alpha → Beta → Goal, 6 months a step (18), and a detour around each step: around
    // Start → Alpha by Pike (92 in all), around Alpha → Beta by Quay (40), around Beta → Goal by
    // Reed (70). Each class is reached by "performing the duties of" the ones before it.
    const duties = (id: string, title: string, from: [string, number][]) =>
      jobClass({
        id: `j:${id}`,
        title,
        routes: from.map(([t, months], i) =>
          route(String.fromCharCode(65 + i), {
            experience: [experience(months, 'work', { classRefs: [ref(t)] })],
          }),
        ),
      });
    const g = graphOf([
      duties('start', 'Start', []),
      duties('pike', 'Pike', [['Start', 40]]),
      duties('alpha', 'Alpha', [
        ['Start', 6],
        ['Pike', 40],
      ]),
      duties('quay', 'Quay', [['Alpha', 14]]),
      duties('beta', 'Beta', [
        ['Alpha', 6],
        ['Quay', 14],
      ]),
      duties('reed', 'Reed', [['Beta', 30]]),
      duties('goal', 'Goal', [
        ['Beta', 6],
        ['Reed', 28],
      ]),
    ]);
    const via = (p: { steps: { to: { title: string } }[] }) => p.steps.map((s) => s.to.title);
    const result = path(g, 'j:start', 'j:goal');
    expect([result.totalMonths, via(result)]).toEqual([18, ['Alpha', 'Beta', 'Goal']]);
    expect(result.alternatives.map((p) => [p.totalMonths, via(p)])).toEqual([
      [40, ['Alpha', 'Quay', 'Beta', 'Goal']],
      [70, ['Alpha', 'Beta', 'Reed', 'Goal']],
    ]);
    // Asked for one, it is the quickest, though the step left out first gives a slower one.
    const one = path(g, 'j:start', 'j:goal', { alternatives: 1 }).alternatives;
    expect(one.map((p) => p.totalMonths)).toEqual([40]);
    expect(
      path(g, 'j:start', 'j:goal', { alternatives: 3 }).alternatives.map((p) => p.totalMonths),
    ).toEqual([40, 70, 92]);
  });

  it('takes months already held in a step source class off that step', () => {
    const result = path(graph, 'j:a', 'j:c', {
      profile: {
        education: { level: 'none', field: null },
        credits: [],
        experience: [{ classId: 'j:a', months: 60 }],
        licenses: [],
      },
    });
    expect(result.steps.map((s) => s.kind)).toEqual(['equivalence']);
    expect(result.totalMonths).toBe(0);
    expect(result.steps[0]?.months).toBe(60);
  });

  it("says what each step's route needs besides months, and whether the profile has it", () => {
    // y takes no months by either route: a licence (A) or a bachelor's in social work (B).
    const g = graphOf([
      jobClass({ id: 'j:x', title: 'X', series: { id: 't', level: 1 } }),
      jobClass({
        id: 'j:y',
        title: 'Y',
        series: { id: 't', level: 2 },
        routes: [
          route('A', { licenses: [['LCSW', 'LSW']] }),
          route('B', { education: ['bachelor', 'social work'] }),
        ],
      }),
    ]);
    const bare = path(g, 'j:x', 'j:y').steps[0];
    expect(bare?.route?.id).toBe('A');
    expect(bare?.requires).toEqual({
      education: null,
      licenses: [{ name: 'LCSW', anyOf: ['LCSW', 'LSW'], met: null }],
      other: [],
      lacking: 1,
    });
    // Equal months: the route needing no credential the person lacks wins.
    const graduate = profile({ education: { level: 'bachelor', field: 'social work' } });
    const step = path(g, 'j:x', 'j:y', { profile: graduate }).steps[0];
    expect(step?.route?.id).toBe('B');
    expect(step?.requires.education).toMatchObject({ level: 'bachelor', met: true });
    expect(step?.requires.lacking).toBe(0);
    const licensed = path(g, 'j:x', 'j:y', { profile: profile({ licenses: ['LSW'] }) }).steps[0];
    expect(licensed?.route?.id).toBe('A');
    expect(licensed?.requires.licenses[0]?.met).toBe(true);
  });

  it('reports no path between unconnected classes, and an empty path to itself', () => {
    expect(path(graph, 'j:a', 'k:d')).toMatchObject({ found: false, steps: [] });
    expect(path(graph, 'j:c', 'j:a').found).toBe(false);
    expect(path(graph, 'j:a', 'j:a')).toMatchObject({ found: true, steps: [], totalMonths: 0 });
  });

  it('throws ClassNotFoundError for an unknown id', () => {
    expect(() => path(graph, 'j:a', 'nope')).toThrow(ClassNotFoundError);
  });
});
