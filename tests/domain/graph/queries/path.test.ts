import { describe, expect, it } from 'vitest';
import { ClassNotFoundError } from '../../../../src/domain/errors.ts';
import { path } from '../../../../src/domain/graph/queries/path.ts';
import { experience, graphOf, jobClass, keywordScorer, route } from '../fixtures.ts';

// a → b → c by the ladder (b asks 12 months, c asks 36 or a licence), and a shortcut a → c by an
// equivalence edge on c's 60-month route; d sits apart.
const classes = [
  jobClass({ id: 'j:a', title: 'A', series: { id: 's', level: 1 }, summary: 'casework' }),
  jobClass({
    id: 'j:b',
    title: 'B',
    series: { id: 's', level: 2 },
    routes: [route('A', { experience: [experience(12, 'work')] })],
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

  it('reports no path between unconnected classes, and an empty path to itself', () => {
    expect(path(graph, 'j:a', 'k:d')).toMatchObject({ found: false, steps: [] });
    expect(path(graph, 'j:c', 'j:a').found).toBe(false);
    expect(path(graph, 'j:a', 'j:a')).toMatchObject({ found: true, steps: [], totalMonths: 0 });
  });

  it('throws ClassNotFoundError for an unknown id', () => {
    expect(() => path(graph, 'j:a', 'nope')).toThrow(ClassNotFoundError);
  });
});
