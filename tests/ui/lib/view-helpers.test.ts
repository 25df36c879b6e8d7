import { describe, expect, it } from 'vitest';
import { badgeView } from '../../../src/ui/lib/eligibility-view.ts';
import { addMonths, duration } from '../../../src/ui/lib/format.ts';
import { splitHighlight } from '../../../src/ui/lib/highlight.ts';
import { routeParts } from '../../../src/ui/lib/route-text.ts';
import { seedGraph } from '../../fixtures/seed-graph.ts';

const consultant = seedGraph().classes.find((c) => c.id === 'il-sucss:0876')!;
const licenceRoute = consultant.qualifications.routes[0]!;

describe('badgeView(input)', () => {
  it('names the route and its kind when eligible', () => {
    const v = badgeView({ status: 'eligible', monthsNeeded: 0, missingCredentials: [], toConfirm: [], route: { id: 'A', label: '2. A.' }, routeDefinition: licenceRoute });
    expect(v).toMatchObject({ icon: 'check', label: 'Eligible now', detail: 'by route A (licence)' });
  });

  it.each([
    { status: 'after-months' as const, months: 12, creds: [], icon: 'clock', label: 'Eligible in 12 mo' },
    { status: 'missing-credential' as const, months: 0, creds: ["Master's degree", 'Licensed Clinical Social Worker'], icon: 'credential', label: "Needs a Master's degree + 1 more" },
    { status: 'unreachable' as const, months: null, creds: [], icon: 'blocked', label: "Needs a person's review" },
  ])('shows $status with an icon and a text', ({ status, months, creds, icon, label }) => {
    const v = badgeView({ status, monthsNeeded: months, missingCredentials: creds, toConfirm: [], route: null });
    expect(v.icon).toBe(icon);
    expect(v.label).toBe(label);
  });

  it('tells a route only a person can review from one whose experience is not gained here', () => {
    const unreachable = { status: 'unreachable' as const, monthsNeeded: 12, missingCredentials: [], toConfirm: [], route: { id: 'A', label: '2. A.' } };
    const review = { ...licenceRoute, other: ['Ability to perform successfully at the level applied for.'], experience: [], education: null, licenses: [] };
    expect(badgeView({ ...unreachable, routeDefinition: licenceRoute })).toMatchObject({ icon: 'blocked', label: 'Not reachable from here', detail: 'work here does not count toward route A (licence)' });
    expect(badgeView({ ...unreachable, routeDefinition: review })).toMatchObject({ icon: 'blocked', label: "Needs a person's review" });
  });

  it('counts what only a person can confirm apart from the credentials to earn', () => {
    const toConfirm = ['United States citizenship', 'Pass a background investigation'];
    const route = { id: 'A', label: '2. A.' };
    expect(badgeView({ status: 'missing-credential', monthsNeeded: 0, missingCredentials: ["Bachelor's degree"], toConfirm, route })).toMatchObject({ icon: 'credential', label: "Needs a Bachelor's degree", detail: 'closest: route A · 2 to confirm' });
    expect(badgeView({ status: 'missing-credential', monthsNeeded: 0, missingCredentials: [], toConfirm: toConfirm.slice(0, 1), route })).toMatchObject({ icon: 'credential', label: '1 requirement to confirm', detail: 'closest: route A; the rest is met' });
    expect(badgeView({ status: 'missing-credential', monthsNeeded: 0, missingCredentials: [], toConfirm, route: null }).label).toBe('2 requirements to confirm');
    expect(badgeView({ status: 'after-months', monthsNeeded: 8, missingCredentials: [], toConfirm, route })).toMatchObject({ icon: 'clock', label: 'Eligible in 8 mo', detail: '8 more months of experience on route A · 2 to confirm' });
  });
});

describe('routeParts(route)', () => {
  it('reads a route as education, experience and licence parts', () => {
    const experienceRoute = consultant.qualifications.routes[1]!;
    expect(routeParts(licenceRoute).map((p) => p.kind)).toEqual(['education', 'licence']);
    expect(routeParts(experienceRoute).find((p) => p.kind === 'experience')?.text).toBe('3 years of social work in a medical/clinical or other social service agency setting');
  });
});

describe('splitHighlight(text, ranges)', () => {
  it('marks the ranges and merges overlaps', () => {
    expect(splitHighlight('Medical Social Associate', [[0, 7], [5, 14]])).toEqual([
      { text: 'Medical Social', mark: true },
      { text: ' Associate', mark: false },
    ]);
    expect(splitHighlight('abc', [])).toEqual([{ text: 'abc', mark: false }]);
  });
});

describe('duration(months) and addMonths(date, months)', () => {
  it('reads months as years and months', () => {
    expect([0, 7, 12, 18, 36].map(duration)).toEqual(['none', '7 months', '1 year', '1 year 6 months', '3 years']);
  });

  it('adds months, clamping to the end of a shorter month', () => {
    expect(addMonths(new Date('2026-01-31T00:00:00Z'), 1).toISOString().slice(0, 10)).toBe('2026-02-28');
    expect(addMonths(new Date('2026-11-22T00:00:00Z'), 36).toISOString().slice(0, 10)).toBe('2029-11-22');
  });
});
