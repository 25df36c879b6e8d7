// These go through the eligibility core (qualifications/assess-qualifications.ts).
import { describe, expect, it } from 'vitest';
import { ClassNotFoundError } from '../../../../src/domain/errors.ts';
import { eligibility } from '../../../../src/domain/graph/queries/eligibility.ts';
import { experience, graphOf, jobClass, keywordScorer, profile, ref, route } from '../fixtures.ts';

const classes = [
  jobClass({ id: 'j:cw', title: 'Case Worker', summary: 'casework' }),
  jobClass({ id: 'j:clerk', title: 'Clerk' }),
  jobClass({
    id: 'j:cm',
    title: 'Case Manager',
    routes: [
      route('A', { education: ['bachelor', 'social work'], line: 41 }),
      route('B', {
        education: ['bachelor', null],
        experience: [experience(12, 'casework', { kindIds: ['casework'] })],
        line: 41,
      }),
    ],
  }),
  jobClass({
    id: 'j:lic',
    title: 'Licensed Consultant',
    routes: [route('A', { education: ['master', null], licenses: [['LSW', 'LCSW']] })],
  }),
  jobClass({ id: 'j:none', title: 'No Routes' }),
];
const graph = graphOf(classes, { equivalence: { scorer: keywordScorer } });

describe('eligibility(graph, id, profile)', () => {
  it('is eligible by the route met, quoting it', () => {
    const result = eligibility(
      graph,
      'j:cm',
      profile({ education: { level: 'bachelor', field: 'social work' } }),
    );
    expect(result).toMatchObject({ status: 'eligible', eligible: true, monthsNeeded: 0 });
    expect(result.route?.routeId).toBe('A');
    expect(result.routeSource).toEqual({ file: 'j1.txt', line: 41 });
  });

  it('counts months in classes whose work qualifies, and says whose', () => {
    const result = eligibility(
      graph,
      'j:cm',
      profile({
        education: { level: 'bachelor', field: 'history' },
        experience: [
          { classId: 'j:cw', months: 12 },
          { classId: 'j:clerk', months: 40 },
        ],
      }),
    );
    expect(result.status).toBe('eligible');
    expect(result.route?.routeId).toBe('B');
    expect(result.countedFrom).toEqual([{ classId: 'j:cw', title: 'Case Worker', months: 12 }]);
  });

  it('says the months held in a class once, though they count toward two requirements', () => {
    const g = graphOf(
      [
        jobClass({ id: 'j:cw', title: 'Case Worker', summary: 'casework' }),
        jobClass({
          id: 'j:senior',
          title: 'Senior Case Manager',
          routes: [
            route('A', {
              experience: [
                experience(36, 'casework', { kindIds: ['casework'] }),
                experience(12, 'casework in a lead role', { kindIds: ['casework'] }),
              ],
            }),
          ],
        }),
      ],
      { equivalence: { scorer: keywordScorer } },
    );
    const result = eligibility(
      g,
      'j:senior',
      profile({ experience: [{ classId: 'j:cw', months: 30 }] }),
    );
    expect(result.countedFrom).toEqual([{ classId: 'j:cw', title: 'Case Worker', months: 30 }]);
    expect(result.explanation).toContain('(42 of 48 counted from Case Worker (30))');
  });

  it('counts a trade ladder\'s higher rungs toward "sufficient to qualify as a journeyman X"', () => {
    // Electrician → Sub-Foreman → Foreman by title ranks in one work area; the Foreman asks for
    // nine years at the journeyman Electrician level, which a Sub-Foreman's work is too.
    const trade = (id: string, title: string, months = 0) => ({
      ...jobClass({
        id,
        title,
        routes:
          months === 0
            ? []
            : [
                route('A', {
                  experience: [
                    experience(months, 'actual work in the trade', {
                      classRefs: [ref('Electrician', 'comparable-level')],
                    }),
                  ],
                }),
              ],
      }),
      facts: { workArea: 'Crafts and Trades Services' },
    });
    const ladderGraph = graphOf([
      trade('t:e', 'Electrician'),
      trade('t:es', 'Electrician Sub-Foreman', 84),
      trade('t:ef', 'Electrician Foreman', 108),
      jobClass({ id: 't:clerk', title: 'Clerk' }),
    ]);
    const result = eligibility(
      ladderGraph,
      't:ef',
      profile({
        experience: [
          { classId: 't:es', months: 84 },
          { classId: 't:clerk', months: 60 },
        ],
      }),
    );
    expect(result).toMatchObject({ status: 'after-months', monthsNeeded: 24 });
    expect(result.countedFrom).toEqual([
      { classId: 't:es', title: 'Electrician Sub-Foreman', months: 84 },
    ]);
  });

  it('is after-months with the months short when only experience is missing', () => {
    const result = eligibility(
      graph,
      'j:cm',
      profile({ education: { level: 'bachelor', field: 'history' } }),
    );
    expect(result).toMatchObject({ status: 'after-months', eligible: false, monthsNeeded: 12 });
  });

  it('is missing-credential when a degree or licence is missing', () => {
    const result = eligibility(
      graph,
      'j:lic',
      profile({ education: { level: 'master', field: null } }),
    );
    expect(result.status).toBe('missing-credential');
    expect(result.missingCredentials.length).toBeGreaterThan(0);
    expect(
      eligibility(
        graph,
        'j:lic',
        profile({ education: { level: 'master', field: null }, licenses: ['LCSW'] }),
      ).status,
    ).toBe('eligible');
  });

  it('is unreachable when the spec states no route', () => {
    expect(eligibility(graph, 'j:none', profile()).status).toBe('unreachable');
  });

  it('throws ClassNotFoundError for an unknown class or a profile naming one', () => {
    expect(() => eligibility(graph, 'nope', profile())).toThrow(ClassNotFoundError);
    expect(() =>
      eligibility(graph, 'j:cm', profile({ experience: [{ classId: 'nope', months: 1 }] })),
    ).toThrow(ClassNotFoundError);
  });
});

describe('eligibility(graph, id, profile) — the route it describes', () => {
  const more = graphOf(
    [
      jobClass({ id: 'k:cw', title: 'Case Worker', summary: 'casework' }),
      jobClass({
        id: 'k:review',
        title: 'Reviewed Only',
        routes: [route('A', { education: ['bachelor', null], equivalentCombination: true })],
      }),
      jobClass({
        id: 'k:two',
        title: 'Two Ways',
        routes: [
          route('A', { education: ['master', 'social work'], licenses: [['LCSW']] }),
          route('B', {
            licenses: [['LCSW']],
            experience: [experience(24, 'casework', { kindIds: ['casework'] })],
          }),
        ],
      }),
    ],
    { equivalence: { scorer: keywordScorer } },
  );

  it('is unreachable, naming the route, when every route needs a person to review it', () => {
    const result = eligibility(more, 'k:review', profile());
    expect(result.status).toBe('unreachable');
    expect(result.route?.routeId).toBe('A');
  });

  it('checks what it can of a route with requirements it cannot, and leaves those to confirm', () => {
    const g = graphOf([
      jobClass({ id: 'p:off', title: 'Fair Police Officer', summary: 'casework' }),
      jobClass({
        id: 'p:sgt',
        title: 'Fair Police Sergeant',
        routes: [
          {
            ...route('I', {
              experience: [
                experience(12, 'performing the duties of a Fair Police Officer', {
                  classRefs: [ref('Fair Police Officer')],
                }),
              ],
            }),
            other: ['United States citizenship.'],
          },
        ],
      }),
    ]);
    const short = eligibility(
      g,
      'p:sgt',
      profile({ experience: [{ classId: 'p:off', months: 4 }] }),
    );
    expect(short).toMatchObject({ status: 'after-months', monthsNeeded: 8 });
    expect(short.explanation).toContain(
      'It also asks for what the rules cannot check, for a person to confirm: United States citizenship.',
    );
    const served = eligibility(
      g,
      'p:sgt',
      profile({ experience: [{ classId: 'p:off', months: 12 }] }),
    );
    expect(served).toMatchObject({
      status: 'missing-credential',
      eligible: false,
      monthsNeeded: 8 - 8,
    });
    // What only a person can confirm is not a credential to earn: it is listed apart.
    expect(short.toConfirm).toEqual(['United States citizenship']);
    expect(served.missingCredentials).toEqual([]);
    expect(served.toConfirm).toEqual(['United States citizenship']);
    expect(served.explanation).toContain('everything on it the rules can check is met');
    expect(served.explanation).toContain('for a person to confirm: United States citizenship.');
  });

  it('counts a missing degree apart from what is left to confirm', () => {
    const g = graphOf([
      jobClass({
        id: 'p:cpt',
        title: 'Fair Police Captain',
        routes: [
          {
            ...route('A', { education: ['bachelor', null] }),
            other: ['United States citizenship.', 'Pass a background investigation.'],
          },
        ],
      }),
    ]);
    const result = eligibility(g, 'p:cpt', profile({ education: { level: 'high_school', field: null } }));
    expect(result.status).toBe('missing-credential');
    expect(result.missingCredentials).toEqual(["Bachelor's degree"]);
    expect(result.toConfirm).toEqual([
      'United States citizenship',
      'Pass a background investigation',
    ]);
    expect(result.explanation).toMatch(/needs Bachelor's degree\.\s.*to confirm: United States/);
  });

  it('describes the closest route: one missing credential and months beats two credentials', () => {
    const result = eligibility(more, 'k:two', profile());
    expect(result.status).toBe('missing-credential');
    expect(result.route?.routeId).toBe('B');
    expect(result.missingCredentials).toEqual(['LCSW']);
    expect(result.monthsNeeded).toBe(24);
  });
});
