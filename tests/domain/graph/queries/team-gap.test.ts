import { describe, expect, it } from 'vitest';
import { ClassNotFoundError, InvalidOptionError } from '../../../../src/domain/errors.ts';
import { teamGap } from '../../../../src/domain/graph/queries/team-gap.ts';
import { graphOf, jobClass, ksa } from '../fixtures.ts';

const classes = [
  jobClass({
    id: 'j:target',
    title: 'Target',
    ksas: [ksa('a', ['a'], 4), ksa('b', ['b'], 3), ksa('c', ['c'], 2), ksa('d', ['d'], null)],
  }),
  jobClass({ id: 'j:one', title: 'One', ksas: [ksa('a', ['a'], 4), ksa('b', ['b'], 1)] }),
  jobClass({ id: 'j:two', title: 'Two', ksas: [ksa('a', ['a'], 2), ksa('d', ['d'], 5)] }),
  jobClass({ id: 'j:three', title: 'Three', ksas: [ksa('b', ['b'], 3)] }),
];
const graph = graphOf(classes);
const team = [
  { label: 'Ana', classId: 'j:one', months: 10 },
  { label: 'Ben', classId: 'j:two', months: 30 },
  { label: 'Cy', classId: 'j:three', months: 6 },
];

describe('teamGap(graph, members, target)', () => {
  it('marks each member covered / to raise / missing per target competency, with proficiency', () => {
    const result = teamGap(graph, team, 'j:target');
    const a = result.competencies.find((r) => r.id === 'a');
    expect(a?.cells.map((c) => [c.member, c.status, c.proficiency])).toEqual([
      ['Ana', 'covered', 4],
      ['Ben', 'to-raise', 2],
      ['Cy', 'missing', null],
    ]);
    expect(a?.summary).toBe('1 of 3 cover it');
  });

  it('puts the competencies nobody covers first, then by how many lack them', () => {
    const result = teamGap(graph, team, 'j:target');
    // c: nobody; a, b, d: two lack each, then the target's proficiency decides (4, 3, none).
    expect(result.competencies.map((r) => [r.id, r.covered, r.toRaise + r.missing])).toEqual([
      ['c', 0, 3],
      ['a', 1, 2],
      ['b', 1, 2],
      ['d', 1, 2],
    ]);
    expect(result.uncovered).toEqual(['c']);
  });

  it('gives each member an eligibility standing', () => {
    const result = teamGap(graph, team, 'j:target');
    expect(result.members.map((m) => [m.label, m.classId, m.months])).toEqual([
      ['Ana', 'j:one', 10],
      ['Ben', 'j:two', 30],
      ['Cy', 'j:three', 6],
    ]);
    for (const m of result.members) expect(m.eligibility.explanation).not.toBe('');
  });

  it('throws for an unknown class, negative months or a repeated label', () => {
    expect(() => teamGap(graph, team, 'nope')).toThrow(ClassNotFoundError);
    expect(() => teamGap(graph, [{ label: 'X', classId: 'nope', months: 1 }], 'j:target')).toThrow(
      ClassNotFoundError,
    );
    expect(() =>
      teamGap(graph, [{ label: 'X', classId: 'j:one', months: -1 }], 'j:target'),
    ).toThrow(InvalidOptionError);
    expect(() => teamGap(graph, [team[0]!, team[0]!], 'j:target')).toThrow(InvalidOptionError);
  });
});
