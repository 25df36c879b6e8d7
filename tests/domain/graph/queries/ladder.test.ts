import { describe, expect, it } from 'vitest';
import { ClassNotFoundError } from '../../../../src/domain/errors.ts';
import { ladder } from '../../../../src/domain/graph/queries/ladder.ts';
import { experience, graphOf, jobClass, ref, route, series } from '../fixtures.ts';

const classes = [
  ...series(['a', 'b', 'c'], 'j1', '7'),
  jobClass({
    id: 'j1:mgr',
    title: 'Manager',
    routes: [route('A', { experience: [experience(24, 'x', { classRefs: [ref('Title c')] })] })],
  }),
  jobClass({ id: 'j1:solo', title: 'Solo' }),
];
const graph = graphOf(classes);

describe('ladder(graph, id)', () => {
  it('lists the series lowest rung first and marks the current class', () => {
    const result = ladder(graph, 'j1:b');
    expect(result.rungs.map((r) => [r.classId, r.rung, r.current])).toEqual([
      ['j1:a', 1, false],
      ['j1:b', 2, true],
      ['j1:c', 3, false],
    ]);
    expect(result.position).toBe(2);
    expect(result.top).toBe(3);
    expect(result.rungs[0]?.up.map((s) => [s.to.classId, s.basis])).toEqual([
      ['j1:b', 'promotional line 7'],
    ]);
  });

  it('says where the top rung leads', () => {
    const result = ladder(graph, 'j1:a');
    expect(result.leadsTo.map((s) => [s.from.classId, s.to.classId, s.months, s.basis])).toEqual([
      ['j1:c', 'j1:mgr', 24, 'performing the duties of a Title c'],
    ]);
  });

  it('gives a class on no ladder a ladder of one rung', () => {
    const result = ladder(graph, 'j1:solo');
    expect(result.rungs.map((r) => r.classId)).toEqual(['j1:solo']);
    expect(result.leadsTo).toEqual([]);
  });

  it('throws ClassNotFoundError for an unknown id', () => {
    expect(() => ladder(graph, 'nope')).toThrow(ClassNotFoundError);
  });
});
