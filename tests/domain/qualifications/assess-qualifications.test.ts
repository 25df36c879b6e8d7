import { describe, expect, it } from 'vitest';
import type { ExperienceRequirement, LicenseRequirement, Profile, Qualifications, SourceLine } from '../../../src/domain/model/index.ts';
import {
  assessQualifications,
  fieldMatches,
  matchesLicense,
  type Candidate,
} from '../../../src/domain/qualifications/assess-qualifications.ts';
import { parseQualifications } from '../../../src/domain/qualifications/parse-qualifications.ts';
import { CLIENT_ASSISTANCE, INTENSIVE, SUCSS, WESTCHESTER, seedLines } from './seed-lines.ts';

/**
 * A hand-made candidate: months of experience per experience kind id (or class title named in a
 * requirement), the way the graph would count them.
 */
function candidate(
  c: Partial<Pick<Candidate, 'credits' | 'licenses'>> & { education?: Profile['education']; months?: Record<string, number> } = {},
): Candidate {
  const months = c.months ?? {};
  return {
    education: c.education ?? { level: 'none', field: null },
    credits: c.credits ?? [],
    licenses: c.licenses ?? [],
    monthsFor(req: ExperienceRequirement) {
      const keys = [...req.kindIds, ...req.classRefs.map((r) => r.title), '*'];
      const best = Math.max(0, ...keys.map((k) => months[k] ?? 0));
      return { months: best, from: best > 0 ? [{ classId: 'held', months: best }] : [] };
    },
  };
}

function parsed(file: string, lines: SourceLine[], special: SourceLine[] = []): Qualifications {
  return parseQualifications(lines, { file, specialRequirements: special }).value;
}

const caseManagerII = parsed(WESTCHESTER, seedLines(WESTCHESTER, [41, 45], [49, 49]), seedLines(WESTCHESTER, [47, 47]));
const clientAssistance = parsed(CLIENT_ASSISTANCE, seedLines(CLIENT_ASSISTANCE, [63, 71]));
const consultant = parsed(SUCSS, seedLines(SUCSS, [160, 172]));
const assistantSupervisor = parsed(SUCSS, seedLines(SUCSS, [188, 200]));
const intensive = parsed(INTENSIVE, seedLines(INTENSIVE, [47, 68]));

describe('assessQualifications(qualifications, candidate): the seeds', () => {
  it("qualifies a bachelor's in social work for Case Manager II by route (a)", () => {
    const a = assessQualifications(caseManagerII, candidate({ education: { level: 'bachelor', field: 'Social Work' } }));
    expect(a.eligible).toBe(true);
    expect(a.route?.routeId).toBe('a');
    expect(a.route?.missing).toEqual({ education: null, months: null, licenses: [] });
  });

  it("finds a bachelor's with no experience 12 months short of Client Assistance Specialist", () => {
    const a = assessQualifications(clientAssistance, candidate({ education: { level: 'bachelor', field: 'history' } }));
    expect(a.eligible).toBe(false);
    expect(a.route?.missing.education).toBeNull();
    expect(a.route?.missing.licenses).toEqual([]);
    expect(a.route?.missing.months).toMatchObject({ needed: 12, has: 0, short: 12 });
  });

  it("qualifies a master's in social work with an LCSW for Medical Social Consultant by the licence route", () => {
    const a = assessQualifications(consultant, candidate({ education: { level: 'master', field: 'social work' }, licenses: ['LCSW'] }));
    expect(a.eligible).toBe(true);
    expect(a.route?.routeId).toBe('1+2A');
  });

  it("meets Case Manager II route (b) with a bachelor's and 30 MSW credits standing in for the year", () => {
    const a = assessQualifications(
      caseManagerII,
      candidate({ education: { level: 'bachelor', field: 'psychology' }, credits: [{ toward: 'master', field: 'social work', credits: 30 }] }),
    );
    expect(a.eligible).toBe(true);
    expect(a.route?.routeId).toBe('b');
    expect(a.route?.substitutionsUsed).toEqual([{ text: expect.stringMatching(/30 credits/) as string, months: 12 }]);
    expect(a.routes[0]?.missing.education).toEqual({ needed: 'bachelor', field: 'social work', has: 'bachelor' });
  });

  it('does not count 29 credits, or credits toward another field', () => {
    for (const credits of [
      { toward: 'master' as const, field: 'social work', credits: 29 },
      { toward: 'master' as const, field: 'accounting', credits: 30 },
    ]) {
      const a = assessQualifications(caseManagerII, candidate({ education: { level: 'bachelor', field: 'psychology' }, credits: [credits] }));
      expect(a.eligible).toBe(false);
      expect(a.route?.routeId).toBe('b');
      expect(a.route?.missing.months?.short).toBe(12);
    }
  });

  it('lists the special-requirement driver licence apart, without deciding eligibility on it', () => {
    const without = assessQualifications(caseManagerII, candidate({ education: { level: 'bachelor', field: 'social work' } }));
    expect(without.specialLicensesMissing).toEqual(["Driver's license (New York)"]);
    const withIt = assessQualifications(
      caseManagerII,
      candidate({ education: { level: 'bachelor', field: 'social work' }, licenses: ["NY driver's licence"] }),
    );
    expect(withIt.specialLicensesMissing).toBeUndefined();
  });

  it("counts a social work degree as a human services field, by the spec's definition", () => {
    const a = assessQualifications(
      intensive,
      candidate({ education: { level: 'master', field: 'social work' }, months: { 'direct-services-mentally-disabled': 24 } }),
    );
    expect(a.eligible).toBe(true);
    expect(a.route?.routeId).toBe('A');
  });

  it('never meets the equivalent-combination route automatically', () => {
    const a = assessQualifications(intensive, candidate({ education: { level: 'bachelor', field: 'nursing' }, months: { '*': 10 } }));
    expect(a.eligible).toBe(false);
    expect(a.routes.find((r) => r.routeId === 'C')).toMatchObject({ met: false, needsReview: true });
    // The closest route is a real one: (B), 38 months short, rather than (A), which lacks the master's.
    expect(a.route?.routeId).toBe('B');
    expect(a.route?.missing.months).toMatchObject({ needed: 48, has: 10, short: 38 });
  });

  it('assesses a route with requirements the rules cannot check on the rest, and never meets it', () => {
    const exp = (months: number): ExperienceRequirement => ({ months, kind: 'police work', kindIds: ['law-enforcement-custody'], classRefs: [], including: [], text: `${months} months of police work` });
    const route = (id: string, parts: Partial<Qualifications['routes'][number]>) => ({ id, label: id, text: id, education: null, experience: [], licenses: [], equivalentCombination: false, ...parts });
    const q: Qualifications = {
      routes: [
        route('I', { experience: [exp(12)], other: ['United States citizenship.'] }),
        route('II', { other: ['Ability to perform successfully at the level applied for.'] }),
      ],
      substitutions: [],
      licenses: [],
      minExperienceMonths: 12,
    } as unknown as Qualifications;
    const short = assessQualifications(q, candidate({ months: { 'law-enforcement-custody': 4 } }));
    expect(short.route).toMatchObject({ routeId: 'I', needsReview: false, unchecked: ['United States citizenship.'] });
    expect(short.route?.missing.months?.short).toBe(8);
    const full = assessQualifications(q, candidate({ months: { 'law-enforcement-custody': 12 } }));
    expect(full.eligible).toBe(false);
    expect(full.route).toMatchObject({ routeId: 'I', met: false, missing: { months: null } });
    expect(full.routes[1]).toMatchObject({ routeId: 'II', needsReview: true });
  });

  it('checks the "including" part: 48 months of social work are not enough without 24 at the Consultant level', () => {
    const base = { education: { level: 'master' as const, field: 'social work' } };
    const short = assessQualifications(assistantSupervisor, candidate({ ...base, months: { 'social-work-practice': 60 } }));
    expect(short.eligible).toBe(false);
    expect(short.route?.routeId).toBe('1+2B');
    expect(short.route?.missing.months?.short).toBe(24);
    const met = assessQualifications(assistantSupervisor, candidate({ ...base, months: { 'social-work-practice': 60, 'Medical Social Consultant': 24 } }));
    expect(met.eligible).toBe(true);
    expect(met.route?.routeId).toBe('1+2B');
  });
});

describe('assessQualifications(qualifications, candidate): rules', () => {
  const twoRoutes = parsed('t.txt', [
    { text: "(A) Possession of a Master's Degree and two (2) years of experience in social work: or", line: 1 },
    { text: "- (B) Possession of a Bachelor's Degree and four years of experience in social work.", line: 2 },
  ]);

  it('picks the first route met in document order', () => {
    const a = assessQualifications(twoRoutes, candidate({ education: { level: 'master', field: null }, months: { '*': 60 } }));
    expect(a.routes.map((r) => r.met)).toEqual([true, true]);
    expect(a.route?.routeId).toBe('A');
  });

  it('lets a higher degree satisfy a lower level', () => {
    const a = assessQualifications(twoRoutes, candidate({ education: { level: 'doctorate', field: null }, months: { '*': 24 } }));
    expect(a.eligible).toBe(true);
  });

  it('weighs a missing degree more than months: closest is the route that only lacks months', () => {
    const a = assessQualifications(twoRoutes, candidate({ education: { level: 'bachelor', field: null }, months: { '*': 6 } }));
    expect(a.eligible).toBe(false);
    expect(a.route?.routeId).toBe('B');
    expect(a.route?.missing).toEqual({ education: null, months: { needed: 48, has: 6, short: 42, kind: expect.any(String) as string }, licenses: [] });
    expect(a.routes[0]?.missing.education).toEqual({ needed: 'master', field: null, has: 'bachelor' });
  });

  it('reports the licence missing on a licence route', () => {
    const a = assessQualifications(consultant, candidate({ education: { level: 'master', field: 'psychology' } }));
    expect(a.routes[0]?.missing.licenses).toEqual(['Licensed Social Worker or Licensed Clinical Social Worker (Illinois)']);
  });

  it('applies "additional experience … for the required education on a year-for-year basis"', () => {
    const q = parsed('t.txt', [
      { text: 'Experience: Two years of experience in clerical work. and', line: 1 },
      { text: 'Education: Equivalent to graduation from college. (Additional qualifying experience may be substituted for the required education on a year-for-year basis.)', line: 2 },
    ]);
    const highSchool = { level: 'high_school' as const, field: null };
    expect(assessQualifications(q, candidate({ education: highSchool, months: { '*': 24 } })).eligible).toBe(false);
    const a = assessQualifications(q, candidate({ education: highSchool, months: { '*': 24 + 48 } }));
    expect(a.eligible).toBe(true);
    expect(a.route?.substitutionsUsed.map((s) => s.months)).toEqual([48]);
  });

  describe('a pooled list with a conversion table and a separate item', () => {
    const q = parsed('maq.csv', [
      { text: '1. High school diploma or equivalent.', line: 1 },
      { text: '2. Any one or combination totaling two (2) years (24 months) from the categories below:', line: 2 },
      { text: 'A. College coursework in any curriculum, as measured by the following conversion table or its proportional equivalent:', line: 3 },
      { text: '30 semester hours equals one (1) year (12 months)', line: 4 },
      { text: 'Associate’s Degree (60 semester hours) equals eighteen months (18 months)', line: 5 },
      { text: 'Bachelor’s Degree (120 semester hours) equals three (3) years (36 months)', line: 6 },
      { text: 'B. Work experience performing office/clerical activities.', line: 7 },
      { text: '3. One (1) year (12 months) of work experience comparable to the Office Support Associate.', line: 8 },
    ]);
    const bachelor = { level: 'bachelor' as const, field: 'english' };

    it("does not let a bachelor's stand in for the separate year: 12 months short, not eligible", () => {
      const a = assessQualifications(q, candidate({ education: bachelor }));
      expect(a.eligible).toBe(false);
      expect(a.route?.missing.months?.short).toBe(12);
      expect(a.route?.missing.education).toBeNull();
    });

    it("meets the pool with the bachelor's and the separate item with its own year", () => {
      const a = assessQualifications(q, candidate({ education: bachelor, months: { 'Office Support Associate': 12 } }));
      expect(a.eligible).toBe(true);
    });

    it("makes up the pool with schooling and work together, capped at the pool's months", () => {
      const associate = { level: 'associate' as const, field: null };
      // 18 months of schooling + 6 of clerical work = the pool's 24; the year at the second level is its own.
      const a = assessQualifications(q, candidate({ education: associate, months: { 'clerical-office': 6, 'Office Support Associate': 12 } }));
      expect(a.eligible).toBe(true);
      expect(a.route?.routeId).toBe('1+2B+3');
      expect(a.route?.substitutionsUsed.map((s) => s.months)).toEqual([18]);
      const short = assessQualifications(q, candidate({ education: associate, months: { 'clerical-office': 5, 'Office Support Associate': 12 } }));
      expect(short.eligible).toBe(false);
    });
  });

  it('gives no route and no eligibility when there are no routes', () => {
    const q = parsed('t.txt', []);
    expect(assessQualifications(q, candidate())).toEqual({ eligible: false, route: null, routes: [] });
  });
});

describe('matchesLicense(held, requirement)', () => {
  const lswOrLcsw: LicenseRequirement = {
    name: 'Licensed Social Worker or Licensed Clinical Social Worker (Illinois)',
    text: '',
    anyOf: ['Licensed Social Worker', 'Licensed Clinical Social Worker'],
    jurisdiction: 'Illinois',
  };
  const nyDriver: LicenseRequirement = { name: "Driver's license (New York)", text: '', anyOf: ["Driver's license"], jurisdiction: 'New York' };
  const cases: { held: string; req: LicenseRequirement; expected: boolean }[] = [
    { held: 'LCSW', req: lswOrLcsw, expected: true },
    { held: 'licensed clinical social worker', req: lswOrLcsw, expected: true },
    { held: 'LSW (Illinois)', req: lswOrLcsw, expected: true },
    { held: 'Registered Nurse', req: lswOrLcsw, expected: false },
    { held: 'LCSW, California', req: lswOrLcsw, expected: false },
    { held: "driver's license", req: nyDriver, expected: true },
    { held: "NY driver's licence", req: nyDriver, expected: true },
    { held: 'California driver license', req: nyDriver, expected: false },
    { held: 'CPA', req: nyDriver, expected: false },
  ];
  for (const { held, req, expected } of cases) {
    it(`${expected ? 'accepts' : 'rejects'} ${JSON.stringify(held)} for ${req.name}`, () => {
      expect(matchesLicense(held, req)).toBe(expected);
    });
  }
});

describe('fieldMatches(has, wanted, definition?)', () => {
  const humanServices = ['social work', 'psychology', 'nursing', 'rehabilitation', 'education', 'counseling', 'sociology'];
  const cases: { has: string | null; wanted: string | null; definition?: string[]; expected: boolean }[] = [
    { has: 'Social Work', wanted: 'social work', expected: true },
    { has: 'social work', wanted: 'human services', definition: humanServices, expected: true },
    { has: 'accounting', wanted: 'human services', definition: humanServices, expected: false },
    { has: 'social work', wanted: 'social or behavioral science or related health specialty', expected: true },
    { has: 'psychology', wanted: 'social or behavioral science or related health specialty', expected: true },
    { has: 'sociology', wanted: 'social or behavioral science or related health specialty', expected: true },
    { has: 'nursing', wanted: 'social or behavioral science or related health specialty', expected: true },
    { has: 'mechanical engineering', wanted: 'social or behavioral science or related health specialty', expected: false },
    { has: 'MSW', wanted: 'social work', expected: true },
    { has: 'anything', wanted: null, expected: true },
    { has: null, wanted: 'social work', expected: false },
  ];
  for (const { has, wanted, definition, expected } of cases) {
    it(`${expected ? 'accepts' : 'rejects'} ${JSON.stringify(has)} for ${JSON.stringify(wanted)}`, () => {
      expect(fieldMatches(has, wanted, definition)).toBe(expected);
    });
  }
});
