import { describe, expect, it } from 'vitest';
import {
  buildCareerGraph,
  buildDefaultProfile,
  eligibility,
} from '../../../src/domain/graph/index.ts';
import type { JobClass } from '../../../src/domain/model/index.ts';
import { eligibilityBadge } from '../../../src/ui/lib/eligibility-view.ts';
import { seedGraph } from '../../fixtures/seed-graph.ts';

const graph = buildCareerGraph(seedGraph());
const associate = graph.getNodeAttributes('il-sucss:4260');
const consultant: JobClass = graph.getNodeAttributes('il-sucss:0876');
const SEED = 'seeds/il-sucss-medical-social-services-series.txt';

describe('eligibilityBadge(result, target)', () => {
  it("reads an eligibility() answer (route by routeId): the view, its explanation, the route's sentence", () => {
    // The Associate's minimum has a bachelor's and no months: Consultant route B (Master's + 36 months)
    // is closest, line 172 of the seed.
    const result = eligibility(graph, consultant.id, buildDefaultProfile(associate));
    const badge = eligibilityBadge(result, consultant);
    expect(badge.view).toMatchObject({
      status: 'missing-credential',
      icon: 'credential',
      label: "Needs a Master's degree in social or behavioral science",
      detail: 'closest: route B (experience)',
    });
    expect(badge.explanation).toBe(result.explanation);
    expect(badge.evidence).toEqual([
      {
        classId: 'il-sucss:0876',
        text: consultant.qualifications.routes[1]?.text,
        file: SEED,
        line: 172,
      },
    ]);
  });

  it('reads a next-roles answer (route by id) and cites the file the qualifications came from', () => {
    const supplemented: JobClass = {
      ...consultant,
      fileOf: { qualifications: 'seeds/supplement.txt' },
    };
    const badge = eligibilityBadge(
      {
        status: 'eligible',
        monthsNeeded: 0,
        missingCredentials: [],
        toConfirm: [],
        explanation: 'Meets route A.',
        route: { id: 'A', label: 'A', text: 'the route A sentence' },
      },
      supplemented,
    );
    expect(badge.view).toMatchObject({ label: 'Eligible now', detail: 'by route A (licence)' });
    expect(badge.evidence).toEqual([
      {
        classId: 'il-sucss:0876',
        text: consultant.qualifications.routes[0]?.text,
        file: 'seeds/supplement.txt',
        line: 168,
      },
    ]);
  });

  it("keeps the answer's own route text, without a line, when the class has no such route", () => {
    const badge = eligibilityBadge(
      {
        status: 'after-months',
        monthsNeeded: 12,
        missingCredentials: [],
        toConfirm: [],
        explanation: '12 more months.',
        route: { routeId: 'Z', label: 'Z', text: 'an unknown route' },
      },
      consultant,
    );
    expect(badge.view.label).toBe('Eligible in 12 mo');
    expect(badge.evidence).toEqual([
      { classId: 'il-sucss:0876', text: 'an unknown route', file: SEED, line: null },
    ]);
  });

  it('cites nothing when the answer has no route', () => {
    const badge = eligibilityBadge(
      {
        status: 'unreachable',
        monthsNeeded: null,
        missingCredentials: [],
        toConfirm: [],
        explanation: 'No route.',
        route: null,
      },
      consultant,
    );
    expect(badge.view.icon).toBe('blocked');
    expect(badge.evidence).toEqual([]);
  });
});
