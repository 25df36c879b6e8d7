import { describe, expect, it } from 'vitest';
import { ClassNotFoundError, InvalidOptionError } from '../../../../src/domain/errors.ts';
import { nextRoles } from '../../../../src/domain/graph/queries/next-roles.ts';
import { experience, graphOf, jobClass, keywordScorer, ksa, route } from '../fixtures.ts';

const shared = (ids: string[], proficiency = 3) =>
  ids.map((c) => ksa(`Knowledge of ${c}`, [c], proficiency));

// A three-rung ladder; "other" (another jurisdiction) shares many competencies with the middle rung
// and its work counts toward "target"'s route; "lower" is the ladder's bottom.
const classes = [
  jobClass({
    id: 'j:low',
    title: 'Lower',
    series: { id: 's', level: 1 },
    ksas: shared(['a', 'b', 'c', 'd']),
  }),
  jobClass({
    id: 'j:mid',
    title: 'Middle',
    series: { id: 's', level: 2 },
    summary: 'casework',
    ksas: shared(['a', 'b', 'c', 'd', 'e']),
  }),
  jobClass({ id: 'j:top', title: 'Top', series: { id: 's', level: 3 }, ksas: shared(['z']) }),
  jobClass({
    id: 'k:other',
    title: 'Other',
    jurisdiction: 'k',
    ksas: shared(['a', 'b', 'c', 'd', 'e', 'f']),
  }),
  jobClass({
    id: 'k:target',
    title: 'Target',
    jurisdiction: 'k',
    routes: [
      route('A', {
        education: ['bachelor', null],
        experience: [experience(12, 'casework', { kindIds: ['casework'] })],
      }),
    ],
  }),
];
const graph = graphOf(classes, {
  equivalence: { scorer: keywordScorer },
  sharedKsa: { threshold: 0.1 },
});

describe('nextRoles(graph, id, options)', () => {
  it('ranks the next rung of the class own ladder first', () => {
    const result = nextRoles(graph, 'j:mid');
    expect(result.roles[0]).toMatchObject({ classId: 'j:top', rank: 1, nextRung: true });
    expect(result.roles[0]?.reasons[0]).toMatchObject({
      kind: 'promotion',
      ladder: true,
      basis: 'series order',
    });
  });

  it('never suggests a rung at or below the class on its own ladder', () => {
    const ids = nextRoles(graph, 'j:mid').roles.map((r) => r.classId);
    expect(ids).not.toContain('j:low');
    expect(ids).not.toContain('j:mid');
  });

  it('gives equivalence reasons with the route and months, and shared-KSA reasons with the overlap', () => {
    const roles = nextRoles(graph, 'j:mid').roles;
    const target = roles.find((r) => r.classId === 'k:target');
    expect(target?.reasons).toEqual([
      expect.objectContaining({
        kind: 'equivalence',
        months: 12,
        route: expect.objectContaining({ id: 'A' }),
      }),
    ]);
    const other = roles.find((r) => r.classId === 'k:other');
    const reason = other?.reasons.find((r) => r.kind === 'shared-ksa');
    expect(reason).toMatchObject({ kind: 'shared-ksa', overlapPercent: 83 });
    expect(reason?.kind === 'shared-ksa' && reason.competencies.map((c) => c.id).sort()).toEqual([
      'a',
      'b',
      'c',
      'd',
      'e',
    ]);
  });

  it('gives every role an eligibility status, route and explanation', () => {
    for (const role of nextRoles(graph, 'j:mid').roles) {
      expect(['eligible', 'after-months', 'missing-credential', 'unreachable']).toContain(
        role.eligibility.status,
      );
      expect(role.eligibility.explanation).not.toBe('');
    }
  });

  describe('the next rung, seen from the rung below', () => {
    // Filer II asks 6 months of supervising staff (route A) or 24 of records work (route B); a
    // Filer I's work (filing records) counts toward B only. Filer III asks only supervision.
    const filer = (level: number, routes: ReturnType<typeof route>[] = []) =>
      jobClass({
        id: `f:${level}`,
        title: `Filer ${'I'.repeat(level)}`,
        jurisdiction: 'f',
        series: { id: 'filer', level },
        summary: 'Files and retrieves records.',
        routes,
      });
    const supervision = experience(6, 'experience supervising staff', {
      kindIds: ['supervisory-management'],
    });
    const g = graphOf([
      filer(1),
      filer(2, [
        route('A', { experience: [supervision] }),
        route('B', { experience: [experience(24, 'records work')] }),
      ]),
      filer(3, [route('A', { experience: [{ ...supervision, months: 12 }] })]),
    ]);

    it('goes by a route whose experience the class below gains, though another asks fewer months', () => {
      const next = nextRoles(g, 'f:1').roles[0];
      expect(next).toMatchObject({ classId: 'f:2', nextRung: true, monthsNeeded: 24 });
      expect(next?.eligibility).toMatchObject({ status: 'after-months', route: { id: 'B' } });
    });

    it('is unreachable when no route asks for experience the class below gains', () => {
      const next = nextRoles(g, 'f:2').roles[0];
      expect(next).toMatchObject({ classId: 'f:3', nextRung: true });
      expect(next?.eligibility.status).toBe('unreachable');
      expect(next?.eligibility.explanation).toContain(
        'work as a Filer II does not count toward it',
      );
    });
  });

  it('respects the limit and reports the total', () => {
    const result = nextRoles(graph, 'j:mid', { limit: 1 });
    expect(result.roles).toHaveLength(1);
    expect(result.total).toBeGreaterThan(1);
  });

  it('throws ClassNotFoundError for an unknown id and InvalidOptionError for a bad limit', () => {
    expect(() => nextRoles(graph, 'nope')).toThrow(ClassNotFoundError);
    expect(() => nextRoles(graph, 'j:mid', { limit: -1 })).toThrow(InvalidOptionError);
  });
});
