import { describe, expect, it } from 'vitest';
import { ClassNotFoundError } from '../../../../src/domain/errors.ts';
import { gap } from '../../../../src/domain/graph/queries/gap.ts';
import { experience, graphOf, jobClass, ksa, route } from '../fixtures.ts';

const classes = [
  jobClass({
    id: 'j:assoc',
    title: 'Associate',
    ksas: [
      ksa('Basic knowledge of social work', ['sw'], 1, 148),
      ksa('Interviewing', ['iv'], null, 153),
      ksa('Typing', ['ty'], 2, 160),
    ],
    routes: [route('A', { education: ['bachelor', 'social science'] })],
  }),
  jobClass({
    id: 'j:cons',
    title: 'Consultant',
    ksas: [
      ksa('Thorough knowledge of social work', ['sw'], 4, 176),
      ksa('Interviewing', ['iv'], 3, 181),
      ksa('Psychology', ['psy'], 3, 180),
    ],
    routes: [
      route('A', { education: ['master', 'social work'], licenses: [['LSW', 'LCSW']] }),
      route('B', {
        education: ['master', 'social work'],
        experience: [experience(36, 'social work')],
      }),
    ],
  }),
];
const graph = graphOf(classes);

describe('gap(graph, from, to)', () => {
  it('sorts the target competencies into shared, to raise and new, citing both specs', () => {
    const result = gap(graph, 'j:assoc', 'j:cons');
    expect(result.shared.map((r) => r.id)).toEqual(['iv']);
    expect(result.toRaise.map((r) => [r.id, r.from?.proficiency, r.to.proficiency])).toEqual([
      ['sw', 1, 4],
    ]);
    expect(result.new.map((r) => r.id)).toEqual(['psy']);
    expect(result.notNeeded.map((r) => r.id)).toEqual(['ty']);
    expect(result.toRaise[0]?.from?.ksas).toEqual([
      { classId: 'j:assoc', text: 'Basic knowledge of social work', file: 'j1.txt', line: 148 },
    ]);
    expect(result.toRaise[0]?.to.ksas[0]?.line).toBe(176);
  });

  it('is directional', () => {
    const back = gap(graph, 'j:cons', 'j:assoc');
    expect(back.toRaise).toEqual([]);
    expect(back.new.map((r) => r.id)).toEqual(['ty']);
  });

  it('gives the qualification difference: education, routes with months, licences', () => {
    const q = gap(graph, 'j:assoc', 'j:cons').qualifications;
    expect(q.education).toMatchObject({
      from: { level: 'bachelor' },
      to: { level: 'master', field: 'social work' },
      raise: true,
      fieldDiffers: true,
    });
    expect(q.routes.map((r) => [r.id, r.experience.map((e) => e.months), r.licenses])).toEqual([
      ['A', [], ['LSW or LCSW']],
      ['B', [36], []],
    ]);
    expect(q.licenses.new).toEqual(['LSW']);
  });

  it('throws ClassNotFoundError for an unknown id', () => {
    expect(() => gap(graph, 'j:assoc', 'nope')).toThrow(ClassNotFoundError);
  });
});
