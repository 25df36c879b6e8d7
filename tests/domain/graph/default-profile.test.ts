import { describe, expect, it } from 'vitest';
import { buildDefaultProfile, defaultProfile } from '../../../src/domain/graph/default-profile.ts';
import { nextRoles } from '../../../src/domain/graph/queries/next-roles.ts';
import { teamGap } from '../../../src/domain/graph/queries/team-gap.ts';
import { experience, graphOf, jobClass, ref, route } from './fixtures.ts';
import { idOf as id, seedGraph } from './seed-graph.ts';

describe('defaultProfile(graph, id, months) on the seeds', () => {
  const graph = seedGraph();

  it("takes the months the class's minimum route asks as months on the rung below", () => {
    const associate = id(graph, 'Medical Social Associate');
    const { profile, assumed, unplaced } = defaultProfile(graph, associate, 30);
    expect(profile.education.level).toBe('bachelor');
    expect(profile.experience).toEqual([
      { classId: associate, months: 30 },
      { classId: id(graph, 'Medical Social Assistant'), months: 12 },
    ]);
    expect(assumed).toHaveLength(1);
    expect(assumed[0]).toMatchObject({ routeId: '1A+2', months: 12 });
    expect(assumed[0]?.requirement.months).toBe(12);
    expect(unplaced).toEqual([]);
    expect(defaultProfile(graph, associate).held).toEqual([
      { classId: id(graph, 'Medical Social Assistant'), months: 12 },
    ]);
  });

  it('assumes no months for a class whose minimum route asks none', () => {
    const assistant = id(graph, 'Medical Social Assistant');
    const { profile, assumed } = defaultProfile(graph, assistant);
    expect(profile.experience).toEqual([{ classId: assistant, months: 0 }]);
    expect(assumed).toEqual([]);
  });

  it('makes the next rung nearer by the months the class itself asked', () => {
    // Program Planner I asks 12 months of the work Program Planner II asks 24 of.
    const planner1 = id(graph, 'Social Service Program Planner I');
    const result = nextRoles(graph, planner1);
    expect(result.assumed).toEqual([
      {
        classId: id(graph, 'Social Service Community Planner'),
        title: 'Social Service Community Planner',
        months: 12,
      },
    ]);
    expect(result.roles[0]).toMatchObject({
      classId: id(graph, 'Social Service Program Planner II'),
      monthsNeeded: 12,
    });
    expect(result.roles[0]?.eligibility.explanation).toContain(
      '(12 of 24 counted from Social Service Community Planner (12))',
    );
  });

  it('is not assumed when a profile is given', () => {
    const planner1 = id(graph, 'Social Service Program Planner I');
    const result = nextRoles(graph, planner1, {
      profile: buildDefaultProfile(graph.getNodeAttributes(planner1)),
    });
    expect(result.assumed).toBeNull();
    expect(result.roles[0]?.monthsNeeded).toBe(24);
  });
});

describe('defaultProfile(graph, id) on small graphs', () => {
  const rung = (level: number, title: string, routes: ReturnType<typeof route>[] = []) =>
    jobClass({
      id: `j:${level}`,
      title,
      series: { id: 'files', level },
      summary: 'Files and retrieves records.',
      routes,
    });

  it('counts the months in the class a requirement names, before the rung below', () => {
    const graph = graphOf([
      rung(1, 'Clerk I'),
      rung(2, 'Clerk II'),
      jobClass({ id: 'j:archivist', title: 'Archivist' }),
      rung(3, 'Clerk III', [
        route('A', {
          education: ['high_school', null],
          experience: [
            experience(18, 'experience as an Archivist', {
              classRefs: [ref('Archivist', 'in-class')],
            }),
          ],
        }),
      ]),
    ]);
    const { profile, assumed } = defaultProfile(graph, 'j:3');
    expect(assumed.map((a) => [a.classId, a.months])).toEqual([['j:archivist', 18]]);
    expect(profile.experience).toContainEqual({ classId: 'j:archivist', months: 18 });
  });

  it('leaves uncounted a requirement no class of the graph meets', () => {
    // Supervision the rung below does not show, and no class named.
    const supervision = experience(12, 'experience supervising staff', {
      kindIds: ['supervisory-management'],
    });
    const graph = graphOf([
      rung(1, 'Clerk I'),
      rung(2, 'Clerk II', [
        route('A', { education: ['high_school', null], experience: [supervision] }),
      ]),
    ]);
    const { profile, assumed, unplaced } = defaultProfile(graph, 'j:2');
    expect(assumed).toEqual([]);
    expect(unplaced).toEqual([supervision]);
    expect(profile.experience).toEqual([{ classId: 'j:2', months: 0 }]);
  });

  it('holds two requirements counted in one class as one stay there, their months added', () => {
    const graph = graphOf([
      rung(1, 'Clerk I'),
      rung(2, 'Clerk II', [
        route('A', {
          education: ['high_school', null],
          experience: [experience(12, 'records work'), experience(6, 'filing work')],
        }),
      ]),
    ]);
    const { assumed, held } = defaultProfile(graph, 'j:2');
    expect(assumed.map((a) => [a.classId, a.months])).toEqual([
      ['j:1', 12],
      ['j:1', 6],
    ]);
    expect(held).toEqual([{ classId: 'j:1', months: 18 }]);
    expect(nextRoles(graph, 'j:2').assumed).toEqual([
      { classId: 'j:1', title: 'Clerk I', months: 18 },
    ]);
  });

  it('goes by the route of least education, as the education it assumes', () => {
    const graph = graphOf([
      rung(1, 'Clerk I'),
      rung(2, 'Clerk II', [
        route('A', { education: ['master', null], experience: [experience(6, 'records work')] }),
        route('B', {
          education: ['bachelor', 'library science'],
          experience: [experience(30, 'records work')],
        }),
      ]),
    ]);
    const { profile, assumed } = defaultProfile(graph, 'j:2');
    expect(profile.education).toEqual({ level: 'bachelor', field: 'library science' });
    expect(assumed.map((a) => [a.routeId, a.classId, a.months])).toEqual([['B', 'j:1', 30]]);
  });

  it("gives team members given as class and months their class's assumed experience too", () => {
    const graph = graphOf([
      rung(1, 'Clerk I'),
      rung(2, 'Clerk II', [
        route('A', {
          education: ['high_school', null],
          experience: [experience(12, 'records work')],
        }),
      ]),
      rung(3, 'Clerk III', [
        route('A', {
          education: ['high_school', null],
          experience: [experience(36, 'records work')],
        }),
      ]),
    ]);
    const result = teamGap(graph, [{ label: 'Ana', classId: 'j:2', months: 6 }], 'j:3');
    // 6 months as Clerk II and the 12 its minimum asked (as Clerk I): 18 of 36.
    expect(result.members[0]?.eligibility.monthsNeeded).toBe(18);
  });
});
