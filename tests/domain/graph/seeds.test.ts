// The career graph of the five seeds, through the real parsers, against what the documents say.
import { describe, expect, it } from 'vitest';
import type { CareerGraph } from '../../../src/domain/graph/career-graph.ts';
import { competencyName } from '../../../src/domain/graph/competency-name.ts';
import { graphIndex } from '../../../src/domain/graph/graph-index.ts';
import { eligibility } from '../../../src/domain/graph/queries/eligibility.ts';
import { nextRoles } from '../../../src/domain/graph/queries/next-roles.ts';
import { gap } from '../../../src/domain/graph/queries/gap.ts';
import { path } from '../../../src/domain/graph/queries/path.ts';
import { teamGap } from '../../../src/domain/graph/queries/team-gap.ts';
import type { CareerEdge } from '../../../src/domain/model/index.ts';
import { profile } from './fixtures.ts';
import { idOf, seedGraph } from './seed-graph.ts';

const graph: CareerGraph = seedGraph();
const id = (title: string) => idOf(graph, title);

function edgesBetween(from: string, to: string, kind: CareerEdge['kind']): CareerEdge[] {
  const out: CareerEdge[] = [];
  graph.forEachOutEdge(id(from), (_k, e, _s, t) => {
    if (t === id(to) && e.kind === kind) out.push(e);
  });
  return out;
}

const SUCSS = [
  'Medical Social Assistant',
  'Medical Social Associate',
  'Medical Social Consultant',
  'Assistant Supervisor of Medical Social Services',
  'Supervisor of Medical Social Services',
];
const PLANNERS = [
  'Social Service Community Planner',
  'Social Service Program Planner I',
  'Social Service Program Planner II',
  'Social Service Program Planner III',
  'Social Service Program Planner IV',
];
const CM2 = 'Case Manager II (Social Work)';
const ICM = 'Intensive Case Manager';
const CAS = 'Client Assistance Specialist';

describe('promotion edges of the seeds', () => {
  it.each([SUCSS, PLANNERS].flatMap((s) => s.slice(1).map((to, i) => [s[i] as string, to])))(
    '%s → %s',
    (from, to) => {
      const [edge] = edgesBetween(from, to, 'promotion');
      expect(edge).toMatchObject({ ladder: true, kind: 'promotion' });
      expect(edgesBetween(to, from, 'promotion')).toEqual([]);
    },
  );

  it('carries 24 months from the "comparable to the Medical Social Consultant level" clause', () => {
    const [edge] = edgesBetween(
      'Medical Social Consultant',
      'Assistant Supervisor of Medical Social Services',
      'promotion',
    );
    expect(edge?.months).toBe(24);
    expect(edge?.basis).toContain('comparable to the Medical Social Consultant level');
    // The route's text starts at line 192 ("1. Master's degree …"); the clause is on line 200.
    const clause = edge?.evidence.find((e) =>
      /comparable to that performed at the Medical Social Consultant level/.test(e.text),
    );
    expect(clause?.line).toBe(200);
  });

  it("cites the requirement's own line in equivalence evidence (Case Manager II → Assistant Supervisor: 200)", () => {
    const [edge] = edgesBetween(
      CM2,
      'Assistant Supervisor of Medical Social Services',
      'equivalence',
    );
    const asked = edge?.evidence.find(
      (e) => e.classId === id('Assistant Supervisor of Medical Social Services'),
    );
    expect(asked?.text).toMatch(/^Four \(4\) years/);
    expect(asked?.line).toBe(200);
  });

  it('names promotional line 51 for the SUCSS series', () => {
    expect(edgesBetween(SUCSS[0] as string, SUCSS[1] as string, 'promotion')[0]?.basis).toContain(
      'promotional line 51',
    );
  });
});

describe('nextRoles(graph, id) over the seeds', () => {
  it('ranks Medical Social Consultant first for the Medical Social Associate', () => {
    expect(nextRoles(graph, id('Medical Social Associate')).roles[0]?.classId).toBe(
      id('Medical Social Consultant'),
    );
  });

  it.each(
    [SUCSS, PLANNERS].flatMap((s) => s.slice(0, -1).map((from, i) => [from, s[i + 1] as string])),
  )('ranks the next rung first for %s', (from, next) => {
    const first = nextRoles(graph, id(from)).roles[0];
    expect(first?.classId).toBe(id(next));
    expect(first?.nextRung).toBe(true);
  });

  it('ranks the next rung first for every class below the top of its ladder', () => {
    const ladders = graphIndex(graph).ladderOf;
    graph.forEachNode((cls) => {
      const ladder = ladders.get(cls);
      if (!ladder || (ladder.rung.get(cls) ?? 0) >= ladder.top) return;
      const first = nextRoles(graph, cls).roles[0];
      expect(first?.nextRung, cls).toBe(true);
      expect(ladder.rung.get(first?.classId ?? ''), cls).toBe((ladder.rung.get(cls) ?? 0) + 1);
    });
  });
});

describe('equivalence edges of the seeds', () => {
  it('Case Manager II → Intensive Case Manager: 48 months on the bachelor route, 24 on the master route', () => {
    const edges = edgesBetween(CM2, ICM, 'equivalence');
    const routes = graph.getNodeAttributes(id(ICM)).qualifications.routes;
    const byLevel = Object.fromEntries(
      edges.map((e) => [routes.find((r) => r.id === e.route)?.education?.level, e.months]),
    );
    expect(byLevel).toEqual({ master: 24, bachelor: 48 });
    for (const e of edges)
      expect(new Set(e.evidence.map((x) => x.classId))).toEqual(new Set([id(CM2), id(ICM)]));
  });

  it('Case Manager II → Client Assistance Specialist: 12 months', () => {
    expect(edgesBetween(CM2, CAS, 'equivalence').map((e) => e.months)).toEqual([12]);
  });

  it('Medical Social Associate → Case Manager II', () => {
    const [edge] = edgesBetween('Medical Social Associate', CM2, 'equivalence');
    expect(edge?.months).toBe(12);
    expect(
      graph.getNodeAttributes(id(CM2)).qualifications.routes.find((r) => r.id === edge?.route)
        ?.experience[0]?.months,
    ).toBe(12);
  });
});

describe('equivalence edges of the seeds: no noise', () => {
  const equivalences = (): CareerEdge[] =>
    graph
      .filterDirectedEdges((_k, e) => e.kind === 'equivalence')
      .map((k) => graph.getEdgeAttributes(k));

  it('makes none between two classes of one series (the promotion ladder relates them)', () => {
    const series = (classId: string) => graph.getNodeAttributes(classId).series?.id ?? classId;
    const inside = equivalences().filter((e) => series(e.source) === series(e.target));
    expect(inside.map((e) => `${e.source} → ${e.target}`)).toEqual([]);
    expect(
      edgesBetween(
        'Social Service Program Planner IV',
        'Social Service Program Planner I',
        'equivalence',
      ),
    ).toEqual([]);
    expect(
      edgesBetween('Medical Social Consultant', 'Medical Social Associate', 'equivalence'),
    ).toEqual([]);
  });

  it('drops matches under 0.6: Program Planner III → Medical Social Consultant ("social work practice")', () => {
    expect(
      edgesBetween(
        'Social Service Program Planner III',
        'Medical Social Consultant',
        'equivalence',
      ),
    ).toEqual([]);
    expect(Math.min(...equivalences().map((e) => e.weight))).toBeGreaterThanOrEqual(0.6);
  });

  it('still counts months as Medical Social Consultant toward Assistant Supervisor (route 1 + 2B)', () => {
    const result = eligibility(
      graph,
      id('Assistant Supervisor of Medical Social Services'),
      profile({
        education: { level: 'master', field: 'social work' },
        experience: [{ classId: id('Medical Social Consultant'), months: 48 }],
      }),
    );
    expect(result.status).toBe('eligible');
    expect(result.countedFrom.map((c) => c.classId)).toEqual([id('Medical Social Consultant')]);
  });
});

describe('shared-KSA edges of the seeds', () => {
  const shared = (a: string, b: string) =>
    graph
      .undirectedEdges(id(a), id(b))
      .map((k) => graph.getEdgeAttributes(k))
      .filter((e) => e.kind === 'shared-ksa');

  it('link SUCSS levels, naming the shared competencies', () => {
    const [edge] = shared('Medical Social Associate', 'Medical Social Consultant');
    expect(edge?.competencies?.length).toBeGreaterThan(3);
    // Both levels ask for judgment and decision making and social perceptiveness (O*NET 2.B.4.e, 2.B.1.a).
    expect(edge?.competencies).toEqual(expect.arrayContaining(['2.B.4.e', '2.B.1.a']));
    expect(competencyName('2.B.1.a')).toBe('Social Perceptiveness');
    expect(new Set(edge?.evidence.map((e) => e.classId))).toEqual(
      new Set([id('Medical Social Associate'), id('Medical Social Consultant')]),
    );
  });

  it('link classes across jurisdictions', () => {
    const [edge] = shared(CAS, CM2);
    expect(edge?.competencies?.length).toBeGreaterThan(3);
    expect(edge?.weight).toBeGreaterThan(0.2);
  });
});

describe('eligibility(graph, id, profile) over the seeds', () => {
  it("a bachelor's in social work qualifies for Case Manager II by route (a)", () => {
    const result = eligibility(
      graph,
      id(CM2),
      profile({ education: { level: 'bachelor', field: 'social work' } }),
    );
    expect(result.status).toBe('eligible');
    expect(result.route?.label).toMatch(/\(a\)/);
  });

  it("a bachelor's with no experience is 12 months short of Client Assistance Specialist", () => {
    const result = eligibility(
      graph,
      id(CAS),
      profile({ education: { level: 'bachelor', field: 'history' } }),
    );
    expect(result.status).toBe('after-months');
    expect(result.monthsNeeded).toBe(12);
  });

  it("a master's with an LCSW qualifies for Medical Social Consultant by the licence route", () => {
    const result = eligibility(
      graph,
      id('Medical Social Consultant'),
      profile({ education: { level: 'master', field: 'social work' }, licenses: ['LCSW'] }),
    );
    expect(result.status).toBe('eligible');
    const route = graph
      .getNodeAttributes(id('Medical Social Consultant'))
      .qualifications.routes.find((r) => r.id === result.route?.routeId);
    expect(route?.licenses.length).toBeGreaterThan(0);
  });

  it('30 MSW credits count for the 12 months Case Manager II asks', () => {
    const withCredits = profile({
      education: { level: 'bachelor', field: 'history' },
      credits: [{ toward: 'master', field: 'social work', credits: 30 }],
    });
    const result = eligibility(graph, id(CM2), withCredits);
    expect(result.status).toBe('eligible');
    expect(result.route?.substitutionsUsed.map((s) => s.months)).toEqual([12]);
    expect(
      eligibility(graph, id(CM2), profile({ education: { level: 'bachelor', field: 'history' } }))
        .monthsNeeded,
    ).toBe(12);
  });

  it('counts months as a Medical Social Associate toward Case Manager II, as the equivalence edge says', () => {
    const result = eligibility(
      graph,
      id(CM2),
      profile({
        education: { level: 'bachelor', field: 'psychology' },
        experience: [{ classId: id('Medical Social Associate'), months: 12 }],
      }),
    );
    expect(result.status).toBe('eligible');
    expect(result.countedFrom.map((c) => c.classId)).toEqual([id('Medical Social Associate')]);
  });
});

describe('path(graph, from, to) over the seeds', () => {
  it('lists every step from Medical Social Assistant to Supervisor of Medical Social Services, with months', () => {
    const result = path(graph, id(SUCSS[0] as string), id(SUCSS[4] as string));
    expect(result.found).toBe(true);
    expect(result.steps.map((s) => s.to.title)).toEqual(SUCSS.slice(1));
    expect(result.steps.map((s) => s.months)).toEqual([12, 0, 24, 0]);
    expect(result.totalMonths).toBe(36);
    for (const step of result.steps) expect(step.evidence.length).toBeGreaterThan(0);
  });

  it("says the 0-month Associate → Consultant step needs a master's and an LSW/LCSW licence", () => {
    const social = profile({ education: { level: 'master', field: 'social work' } });
    const result = path(graph, id(SUCSS[0] as string), id(SUCSS[4] as string), { profile: social });
    const step = result.steps.find((s) => s.to.title === 'Medical Social Consultant');
    expect(step?.months).toBe(0);
    expect(step?.requires.education).toMatchObject({ level: 'master', met: true });
    expect(step?.requires.licenses.map((l) => [l.anyOf.join(' or ') || l.name, l.met])).toEqual([
      [expect.stringMatching(/Licensed Social Worker.*Licensed Clinical Social Worker/), false],
    ]);
  });
});

describe('gap(graph, from, to) over the seeds', () => {
  const result = gap(graph, id('Medical Social Associate'), id('Medical Social Consultant'));

  it('raises social work from basic (Associate) to thorough (Consultant)', () => {
    const sw = result.toRaise.find((r) => r.id === 'rungs:social-work-practice');
    expect(sw).toMatchObject({ from: { proficiency: 1 }, to: { proficiency: 4 } });
    expect(sw?.from?.ksas[0]?.text).toBe('Basic knowledge of social work practices');
    expect(sw?.to.ksas[0]?.text).toBe('Thorough knowledge of social work methods and principles');
  });

  it("lists the Consultant's new competencies, such as working independently", () => {
    expect(result.new.some((r) => r.to.ksas.some((k) => /work independently/.test(k.text)))).toBe(
      true,
    );
    expect(result.shared.map((r) => r.id)).toEqual(expect.arrayContaining(['2.B.4.e', '2.B.1.a']));
  });

  it("names the master's degree and the licence or 36 months", () => {
    const q = result.qualifications;
    expect(q.education).toMatchObject({
      from: { level: 'bachelor' },
      to: { level: 'master' },
      raise: true,
    });
    expect(q.routes.map((r) => [r.licenses.length > 0, r.experience.map((e) => e.months)])).toEqual(
      [
        [true, []],
        [false, [36]],
      ],
    );
  });
});

describe('teamGap(graph, members, target) over the seeds', () => {
  const team = [
    { label: 'Assistant', classId: id('Medical Social Assistant'), months: 10 },
    { label: 'Case manager', classId: id(CM2), months: 30 },
    { label: 'Specialist', classId: id(CAS), months: 6 },
  ];
  const result = teamGap(graph, team, id('Medical Social Consultant'));

  it('covers every competency the Consultant asks, one cell per member', () => {
    const target = graph.getNodeAttributes(id('Medical Social Consultant'));
    const asked = new Set(target.ksas.flatMap((k) => k.competencies));
    expect(result.competencies.length).toBeGreaterThan(5);
    for (const row of result.competencies) {
      expect(asked.has(row.id)).toBe(true);
      expect(row.cells.map((c) => c.member)).toEqual(['Assistant', 'Case manager', 'Specialist']);
    }
  });

  it('puts the competencies nobody covers first', () => {
    const firstCovered = result.competencies.findIndex((r) => r.covered > 0);
    expect(result.uncovered.length).toBeGreaterThan(0);
    expect(result.competencies.slice(0, result.uncovered.length).map((r) => r.id)).toEqual(
      result.uncovered,
    );
    expect(firstCovered).toBe(result.uncovered.length);
  });

  it("says each member lacks the master's degree for the Consultant", () => {
    for (const m of result.members) {
      expect(m.eligibility.status).toBe('missing-credential');
      expect(m.eligibility.missingCredentials.join(' ')).toMatch(/Master/);
    }
  });
});
