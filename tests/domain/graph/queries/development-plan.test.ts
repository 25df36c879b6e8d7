import { describe, expect, it } from 'vitest';
import { ClassNotFoundError, InvalidOptionError } from '../../../../src/domain/errors.ts';
import {
  addMonthsIso,
  developmentPlan,
  isIsoDate,
} from '../../../../src/domain/graph/queries/development-plan.ts';
import { formatPlanMarkdown } from '../../../../src/domain/graph/format-plan-markdown.ts';
import { experience, graphOf, jobClass, ksa, profile, route } from '../fixtures.ts';
import { idOf, seedGraph } from '../seed-graph.ts';

// a → b → c, one ladder. b asks 12 months; c asks a master's and either a licence L (route A) or
// 36 months (route B). Months in a lower rung count toward an unclassified kind of work.
const classes = [
  jobClass({
    id: 'j:a',
    title: 'A',
    series: { id: 's', level: 1 },
    ksas: [ksa('Some x', ['x'], 2)],
  }),
  jobClass({
    id: 'j:b',
    title: 'B',
    series: { id: 's', level: 2 },
    routes: [route('A', { experience: [experience(12, 'work')], line: 20 })],
    ksas: [ksa('Thorough x', ['x'], 4), ksa('General y', ['y'], 2)],
  }),
  jobClass({
    id: 'j:c',
    title: 'C',
    series: { id: 's', level: 3 },
    routes: [
      route('A', { education: ['master', 'social work'], licenses: [['L']], line: 30 }),
      route('B', {
        education: ['master', 'social work'],
        experience: [experience(36, 'work')],
        line: 31,
      }),
    ],
    ksas: [ksa('Thorough x', ['x'], 4), ksa('Working y', ['y'], 3), ksa('z', ['z'])],
  }),
  jobClass({ id: 'k:d', title: 'D', jurisdiction: 'k' }),
];
const graph = graphOf(classes);
const start = '2026-01-31';

describe('developmentPlan(graph, from, to, options)', () => {
  it('dates each step from the start: path months, then the months the closest route still asks', () => {
    const plan = developmentPlan(graph, 'j:a', 'j:c', { start });
    expect(plan.found).toBe(true);
    expect(plan.profileAssumed).toBe(true);
    expect(
      plan.steps.map((s) => [
        s.from.classId,
        s.to.classId,
        s.pathMonths,
        s.months,
        s.startDate,
        s.endDate,
        s.eligibility.status,
      ]),
    ).toEqual([
      ['j:a', 'j:b', 12, 12, '2026-01-31', '2027-01-31', 'eligible'],
      // 12 months in A count; route B asks 36, so 24 more in B; the master's degree is still missing.
      ['j:b', 'j:c', 0, 24, '2027-01-31', '2029-01-31', 'missing-credential'],
    ]);
    expect(plan.totalMonths).toBe(36);
    expect(plan.pathMonths).toBe(12);
    expect(plan.end).toBe('2029-01-31');
  });

  it('lists the credentials the profile lacks, undated, with the step that first needs them', () => {
    const plan = developmentPlan(graph, 'j:a', 'j:c', { start });
    expect(plan.credentials).toEqual([
      { text: "Master's degree in social work", step: 2, neededBy: '2029-01-31' },
    ]);
    const kinds = plan.steps[1]?.milestones.map((m) => [m.kind, m.date]);
    expect(kinds).toEqual([
      ['experience', '2029-01-31'],
      ['credential', null],
      ['qualifies', '2029-01-31'],
      // Route A needs no more months: the licence would do it at the step's start.
      ['alternative', '2027-01-31'],
    ]);
    expect(plan.steps[1]?.milestones[3]?.text).toContain(
      "with a Master's degree in social work and L",
    );
  });

  it('goes by the path alone for a client who holds the credentials, taking months held off', () => {
    const client = profile({
      education: { level: 'master', field: 'social work' },
      licenses: ['L'],
      experience: [{ classId: 'j:a', months: 5 }],
    });
    const plan = developmentPlan(graph, 'j:a', 'j:c', { start, profile: client });
    expect(plan.profileAssumed).toBe(false);
    expect(
      plan.steps.map((s) => [s.months, s.endDate, s.eligibility.status, s.eligibility.route?.id]),
    ).toEqual([
      [7, '2026-08-31', 'eligible', 'A'],
      [0, '2026-08-31', 'eligible', 'A'],
    ]);
    expect(plan.credentials).toEqual([]);
    expect(plan.steps[0]?.milestones[0]?.text).toMatch(/^12 months as A \(/);
  });

  it("gives each step the target's competencies to raise and the new ones, citing the target's KSAs", () => {
    const plan = developmentPlan(graph, 'j:a', 'j:c', { start });
    expect(
      plan.steps.map((s) => [s.develop.toRaise.map((r) => r.id), s.develop.new.map((r) => r.id)]),
    ).toEqual([
      [['x'], ['y']],
      [['y'], ['z']],
    ]);
    expect(plan.steps[1]?.develop.toRaise[0]?.to.ksas[0]?.text).toBe('Working y');
    expect(plan.steps[0]?.evidence.length).toBeGreaterThan(0);
  });

  it('lists what only a person can confirm as milestones of its own, not as credentials to earn', () => {
    const g = graphOf([
      jobClass({ id: 'p:off', title: 'Officer', series: { id: 'p', level: 1 } }),
      jobClass({
        id: 'p:sgt',
        title: 'Sergeant',
        series: { id: 'p', level: 2 },
        routes: [
          {
            ...route('A', { experience: [experience(12, 'work')], line: 9 }),
            other: ['United States citizenship.'],
          },
        ],
      }),
    ]);
    const plan = developmentPlan(g, 'p:off', 'p:sgt', { start });
    const step = plan.steps[0];
    expect(step?.eligibility).toMatchObject({
      status: 'missing-credential',
      missingCredentials: [],
      toConfirm: ['United States citizenship'],
    });
    expect(plan.credentials).toEqual([]);
    expect(step?.milestones.map((m) => [m.kind, m.text])).toEqual([
      ['experience', expect.stringMatching(/^12 months as Officer/)],
      ['confirm', 'Confirm with the employer: United States citizenship'],
      [
        'qualifies',
        expect.stringMatching(
          /^Meets route a for Sergeant once a person confirms what the rules cannot check$/i,
        ),
      ],
    ]);
    const md = formatPlanMarkdown(plan, {
      classTitle: (id) => g.getNodeAttribute(id, 'title'),
      jurisdictionName: () => 'P',
      link: 'http://x/',
    });
    expect(md).toContain('still to confirm: United States citizenship');
    expect(md).toContain('- [ ] **To confirm** — Confirm with the employer: United States citizenship');
  });

  it('reports no plan between unconnected classes, and throws on misuse', () => {
    expect(developmentPlan(graph, 'j:a', 'k:d', { start })).toMatchObject({
      found: false,
      steps: [],
      totalMonths: 0,
      end: start,
    });
    expect(() => developmentPlan(graph, 'j:a', 'nope', { start })).toThrow(ClassNotFoundError);
    expect(() => developmentPlan(graph, 'j:a', 'j:c', { start: '2026-02-30' })).toThrow(
      InvalidOptionError,
    );
    expect(() => developmentPlan(graph, 'j:a', 'j:c', { start, alternative: 5 })).toThrow(
      InvalidOptionError,
    );
  });
});

describe('addMonthsIso(start, months)', () => {
  it.each([
    { input: ['2026-01-31', 1], expected: '2026-02-28' },
    { input: ['2028-01-31', 1], expected: '2028-02-29' },
    { input: ['2026-03-15', 12], expected: '2027-03-15' },
    { input: ['2026-11-30', 3], expected: '2027-02-28' },
    { input: ['2026-05-01', 0], expected: '2026-05-01' },
  ] as const)('$input → $expected', ({ input, expected }) => {
    expect(addMonthsIso(input[0], input[1])).toBe(expected);
  });

  it('accepts only real calendar days as dates', () => {
    expect([
      isIsoDate('2026-02-28'),
      isIsoDate('2026-02-29'),
      isIsoDate('2026-2-1'),
      isIsoDate(20260101),
    ]).toEqual([true, false, false, false]);
  });
});

describe('developmentPlan over the seeds: Medical Social Assistant → Supervisor of Medical Social Services', () => {
  const seeds = seedGraph();
  const assistant = idOf(seeds, 'Medical Social Assistant');
  const supervisor = idOf(seeds, 'Supervisor of Medical Social Services');
  const titles = [
    'Medical Social Assistant',
    'Medical Social Associate',
    'Medical Social Consultant',
    'Assistant Supervisor of Medical Social Services',
    'Supervisor of Medical Social Services',
  ];

  it('climbs every rung of promotional line 51; with the bachelor the Assistant asks, route B sets the pace', () => {
    const plan = developmentPlan(seeds, assistant, supervisor, { start: '2026-01-15' });
    expect(plan.steps.map((s) => s.from.title)).toEqual(titles.slice(0, 4));
    expect(plan.steps.map((s) => s.to.title)).toEqual(titles.slice(1));
    // Associate: bachelor + 12 months. Consultant route B: master + 36 months of social work (12 + 24).
    // Assistant Supervisor: 24 months at the Consultant level (the path's edge); route B's 48 are met
    // (12 + 24 + 24). Supervisor route B: 72 months, 12 more as Assistant Supervisor.
    expect(plan.steps.map((s) => [s.months, s.endDate])).toEqual([
      [12, '2027-01-15'],
      [24, '2029-01-15'],
      [24, '2031-01-15'],
      [12, '2032-01-15'],
    ]);
    expect(plan.totalMonths).toBe(72);
    expect(plan.credentials.map((c) => [c.step, c.text])).toEqual([
      [2, expect.stringMatching(/^Master's degree/)],
    ]);
  });

  it("takes 26 months for a client with a master's, an LSW and 10 months as Assistant, the same on every run", () => {
    const client = profile({
      education: { level: 'master', field: 'social work' },
      licenses: ['Licensed Social Worker'],
      experience: [{ classId: assistant, months: 10 }],
    });
    const once = developmentPlan(seeds, assistant, supervisor, {
      start: '2026-01-15',
      profile: client,
    });
    expect(once.steps.map((s) => [s.months, s.endDate, s.eligibility.status])).toEqual([
      [2, '2026-03-15', 'eligible'],
      [0, '2026-03-15', 'eligible'],
      [24, '2028-03-15', 'eligible'],
      [0, '2028-03-15', 'eligible'],
    ]);
    expect(once.end).toBe('2028-03-15');
    expect(
      developmentPlan(seeds, assistant, supervisor, { start: '2026-01-15', profile: client }),
    ).toEqual(once);
  });

  it("lists the Consultant's KSAs to raise and the new ones for the Associate → Consultant step", () => {
    const plan = developmentPlan(seeds, assistant, supervisor, { start: '2026-01-15' });
    const step = plan.steps[1];
    // "Basic knowledge of social work practices" → "Thorough knowledge of social work methods and principles".
    expect(step?.develop.toRaise.map((r) => r.to.ksas[0]?.text)).toContain(
      'Thorough knowledge of social work methods and principles',
    );
    const newTexts = step?.develop.new.flatMap((r) => r.to.ksas.map((k) => k.text)) ?? [];
    expect(newTexts).toContain('Ability to work independently');
    expect(newTexts).toContain(
      'Skill in the identification of needs and coordination of services to meet needs',
    );
  });
});
