import { describe, expect, it } from 'vitest';
import { buildCandidate } from '../../../src/domain/graph/build-candidate.ts';
import type { JobClass } from '../../../src/domain/model/index.ts';
import { experience, graphOf, jobClass, keywordScorer, profile, ref, route } from './fixtures.ts';

// A small series (assistant → consultant → supervisor) whose top asks 48 months of social work
// including 24 "comparable to the Consultant level", a class named in a clause, and one in another
// jurisdiction whose work matches the kind asked.
const assistant = jobClass({ id: 'j1:asst', title: 'Assistant', series: { id: 's', level: 1 } });
const consultant = jobClass({ id: 'j1:cons', title: 'Consultant', series: { id: 's', level: 2 } });
const supervisorRoute = route('B', {
  experience: [
    experience(48, 'social work', {
      kindIds: ['casework'],
      including: [
        {
          months: 24,
          kind: 'comparable to the Consultant level',
          classRefs: [ref('Consultant', 'comparable-level', true)],
        },
      ],
    }),
  ],
});
const supervisor = jobClass({
  id: 'j1:sup',
  title: 'Supervisor',
  series: { id: 's', level: 3 },
  routes: [supervisorRoute],
});
const worker = jobClass({
  id: 'j2:cw',
  title: 'Case Worker',
  jurisdiction: 'j2',
  summary: 'Social casework.',
});
const clerk = jobClass({
  id: 'j2:clerk',
  title: 'Clerk',
  jurisdiction: 'j2',
  summary: 'Files papers.',
});
const classes: JobClass[] = [assistant, consultant, supervisor, worker, clerk];
const graph = graphOf(classes, { equivalence: { scorer: keywordScorer } });
const requirement = supervisorRoute.experience[0]!;
const comparable = {
  ...requirement,
  ...requirement.including[0]!,
  kindIds: [],
  including: [],
  text: 'comparable',
};

describe('buildCandidate(graph, targetId, profile)', () => {
  it('counts months in the target class itself', () => {
    const c = buildCandidate(
      graph,
      'j1:sup',
      profile({ experience: [{ classId: 'j1:sup', months: 10 }] }),
    );
    expect(c.monthsFor(requirement)).toEqual({
      months: 10,
      from: [{ classId: 'j1:sup', months: 10 }],
    });
  });

  it('counts a class with an equivalence edge into the target for that route', () => {
    expect(graph.hasEdge('equivalence:j2:cw->j1:sup#B')).toBe(true);
    const c = buildCandidate(
      graph,
      'j1:sup',
      profile({
        experience: [
          { classId: 'j2:cw', months: 30 },
          { classId: 'j2:clerk', months: 50 },
        ],
      }),
    );
    expect(c.monthsFor(requirement)).toEqual({
      months: 30,
      from: [{ classId: 'j2:cw', months: 30 }],
    });
  });

  it('counts the level a "comparable to the X level" clause names, and the rungs above it', () => {
    const c = buildCandidate(
      graph,
      'j1:sup',
      profile({
        experience: [
          { classId: 'j1:asst', months: 12 },
          { classId: 'j1:cons', months: 20 },
        ],
      }),
    );
    expect(c.monthsFor(comparable)).toEqual({
      months: 20,
      from: [{ classId: 'j1:cons', months: 20 }],
    });
    expect(c.qualifies('j1:sup', comparable)).toBe(true);
    expect(c.qualifies('j1:asst', comparable)).toBe(false);
  });

  it('counts the rungs at and above the class a "performing the duties of" clause names, not "as a"', () => {
    const c = buildCandidate(
      graph,
      'j1:sup',
      profile({
        experience: [
          { classId: 'j1:asst', months: 12 },
          { classId: 'j1:cons', months: 20 },
        ],
      }),
    );
    const duties = experience(12, 'performing the duties of an Assistant', {
      classRefs: [ref('Assistant', 'performing-duties', true)],
    });
    expect(c.monthsFor(duties).from.map((f) => f.classId)).toEqual(['j1:asst', 'j1:cons']);
    const asA = experience(12, 'experience as an Assistant', {
      classRefs: [ref('Assistant', 'in-class', true)],
    });
    expect(c.monthsFor(asA).from.map((f) => f.classId)).toEqual(['j1:asst']);
  });

  it('finds the route a requirement belongs to', () => {
    const c = buildCandidate(graph, 'j1:sup', profile());
    expect(c.routeOf(requirement)?.id).toBe('B');
    expect(c.routeOf({ ...requirement })?.id).toBe('B');
  });

  it('passes education, credits and licences through', () => {
    const p = profile({ education: { level: 'master', field: 'social work' }, licenses: ['LCSW'] });
    const c = buildCandidate(graph, 'j1:sup', p);
    expect(c.education).toEqual({ level: 'master', field: 'social work' });
    expect(c.licenses).toEqual(['LCSW']);
  });

  it('counts only the named classes for a requirement that names one the graph has', () => {
    const named = { ...requirement, classRefs: [ref('Assistant')], including: [] };
    const c = buildCandidate(
      graph,
      'j1:sup',
      profile({
        experience: [
          { classId: 'j2:cw', months: 30 },
          { classId: 'j1:asst', months: 5 },
        ],
      }),
    );
    expect(c.monthsFor(named)).toEqual({ months: 5, from: [{ classId: 'j1:asst', months: 5 }] });
  });

  it('counts a class whose line of work the requirement names as a job, not a higher one', () => {
    const tech = jobClass({
      id: 'j3:mlt1',
      title: 'Medical Laboratory Technician I',
      jurisdiction: 'j3',
    });
    const head = jobClass({ id: 'j3:head', title: 'Laboratory Section Head', jurisdiction: 'j3' });
    const g = graphOf([tech, head], { equivalence: { scorer: keywordScorer } });
    const c = buildCandidate(
      g,
      'j3:head',
      profile({ experience: [{ classId: 'j3:mlt1', months: 12 }] }),
    );
    expect(
      c.monthsFor(experience(12, 'experience as a medical laboratory technician')).months,
    ).toBe(12);
    expect(
      c.monthsFor(experience(12, 'journey-level medical laboratory technician experience')).months,
    ).toBe(12);
    expect(
      c.monthsFor(
        experience(12, 'varied experience as a journey level medical laboratory technician'),
      ).months,
    ).toBe(12);
    expect(
      c.monthsFor(experience(12, 'experience as a supervising medical laboratory technician'))
        .months,
    ).toBe(0);
    expect(
      c.monthsFor(experience(12, 'experience as a certified senior medical laboratory technician'))
        .months,
    ).toBe(0);
    expect(c.monthsFor(experience(12, 'experience in a medical laboratory')).months).toBe(0);
  });

  it("counts a lower rung of the target's ladder, unless the target asks for supervision it does not show", () => {
    const counsel = (level: number, summary: string) =>
      jobClass({
        id: `j5:c${level}`,
        title: `Counsel ${'I'.repeat(level)}`,
        jurisdiction: 'j5',
        series: { id: 'counsel', level },
        summary,
      });
    const g = graphOf([
      counsel(1, 'Gives legal advice to the board.'),
      counsel(2, 'Gives legal advice to the board.'),
      counsel(3, 'Supervises and manages the staff of counsels.'),
    ]);
    const law = experience(48, 'experience in the practice of law', { kindIds: ['legal'] });
    const supervising = experience(12, 'experience supervising attorneys', {
      kindIds: ['supervisory-management'],
    });
    const months = (held: string, target: string, req: ReturnType<typeof experience>) =>
      buildCandidate(g, target, profile({ experience: [{ classId: held, months: 60 }] })).monthsFor(
        req,
      ).months;
    expect(months('j5:c1', 'j5:c2', law)).toBe(60);
    expect(months('j5:c2', 'j5:c1', law)).toBe(0);
    expect(months('j5:c2', 'j5:c3', supervising)).toBe(0);
    expect(months('j5:c3', 'j5:c3', supervising)).toBe(60);
  });

  it("counts a class's months only when its work names what the requirement asks beyond its kind", () => {
    // Both show skilled trades to the experience-kind vocabulary; only one says plumbing.
    const pipefitter = jobClass({
      id: 'j4:pf',
      title: 'Pipefitter',
      jurisdiction: 'j4',
      duties: [
        'Installs, maintains and repairs plumbing and pipe systems as a journey level mechanic.',
      ],
    });
    const mechanic = jobClass({
      id: 'j4:mech',
      title: 'Equipment Mechanic',
      jurisdiction: 'j4',
      duties: ['Maintains and repairs heavy equipment and machinery as a journey level mechanic.'],
    });
    const ask = experience(
      24,
      'varied experience as a journey level plumber or pipefitter in plumbing',
      {
        kindIds: ['skilled-trades'],
      },
    );
    const plumber = jobClass({
      id: 'j5:plumber',
      title: 'Plumber Supervisor',
      jurisdiction: 'j5',
      routes: [route('A', { experience: [ask] })],
    });
    const g = graphOf([pipefitter, mechanic, plumber]);
    const months = (classId: string) =>
      buildCandidate(g, 'j5:plumber', profile({ experience: [{ classId, months: 30 }] })).monthsFor(
        ask,
      ).months;
    expect(months('j4:pf')).toBe(30);
    expect(months('j4:mech')).toBe(0);
    // The same rule makes the equivalence edges: one from the pipefitter, none from the mechanic.
    expect(g.hasEdge('equivalence:j4:pf->j5:plumber#A')).toBe(true);
    expect(g.edges('j4:mech', 'j5:plumber')).toEqual([]);
  });
});
