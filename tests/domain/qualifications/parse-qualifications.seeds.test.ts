// The five seeds, fed as the spec parser feeds them: the lines of each class's qualification
// sections (headings included), and its special-requirement lines apart. Expectations were written
// by reading the documents in data/seeds/.

import { describe, expect, it } from 'vitest';
import type { QualificationRoute, Qualifications, SourceLine } from '../../../src/domain/model/index.ts';
import { parseQualifications } from '../../../src/domain/qualifications/parse-qualifications.ts';
import { CLIENT_ASSISTANCE, CMS_PLANNERS, INTENSIVE, SUCSS, WESTCHESTER, seedLines } from './seed-lines.ts';

function parse(file: string, lines: SourceLine[], specialRequirements: SourceLine[] = []) {
  return parseQualifications(lines, { file, specialRequirements });
}

function shape(q: Qualifications) {
  return q.routes.map((r: QualificationRoute) => ({
    education: r.education === null ? null : r.education.level,
    months: r.experience.map((e) => e.months),
    licenses: r.licenses.map((l) => l.anyOf),
    eq: r.equivalentCombination,
  }));
}

const LSW_LCSW = ['Licensed Social Worker', 'Licensed Clinical Social Worker'];
const SOCIAL_OR_HEALTH = 'social or behavioral science or related health specialty';

describe('parseQualifications(lines, options): IL SUCSS Medical Social Services series', () => {
  it('Medical Social Assistant: one route, a bachelor in social or behavioral science or a related health specialty', () => {
    const { value, diagnostics } = parse(SUCSS, seedLines(SUCSS, [119, 123]));
    expect(shape(value)).toEqual([{ education: 'bachelor', months: [], licenses: [], eq: false }]);
    expect(value.routes[0]?.education?.field).toBe(SOCIAL_OR_HEALTH);
    expect(value.minEducation).toBe('bachelor');
    expect(value.minExperienceMonths).toBe(0);
    expect(value.licenses).toEqual([]);
    expect(value.lines).toEqual([119, 123]);
    expect(diagnostics).toEqual([]);
  });

  it('Medical Social Associate: bachelor + 12 months, or master + 12 months', () => {
    const { value, diagnostics } = parse(SUCSS, seedLines(SUCSS, [135, 144]));
    expect(shape(value)).toEqual([
      { education: 'bachelor', months: [12], licenses: [], eq: false },
      { education: 'master', months: [12], licenses: [], eq: false },
    ]);
    expect(value.routes.map((r) => r.id)).toEqual(['1A+2', '1B+2']);
    expect(value.routes[0]?.experience[0]?.kindIds).toContain('social-work-practice');
    expect(value.minEducation).toBe('bachelor');
    expect(value.minExperienceMonths).toBe(12);
    expect(diagnostics).toEqual([]);
  });

  it('Medical Social Consultant: master + LSW/LCSW licence, or master + 36 months', () => {
    const { value, diagnostics } = parse(SUCSS, seedLines(SUCSS, [160, 172]));
    expect(shape(value)).toEqual([
      { education: 'master', months: [], licenses: [LSW_LCSW], eq: false },
      { education: 'master', months: [36], licenses: [], eq: false },
    ]);
    expect(value.minEducation).toBe('master');
    expect(value.minExperienceMonths).toBe(0);
    expect(value.licenses).toEqual(['Licensed Social Worker or Licensed Clinical Social Worker (Illinois)']);
    expect(diagnostics).toEqual([]);
  });

  it('Assistant Supervisor: master + licence, or master + 48 months including 24 comparable to the Medical Social Consultant level', () => {
    const { value, diagnostics } = parse(SUCSS, seedLines(SUCSS, [188, 200]));
    expect(shape(value)).toEqual([
      { education: 'master', months: [], licenses: [LSW_LCSW], eq: false },
      { education: 'master', months: [48], licenses: [], eq: false },
    ]);
    const including = value.routes[1]?.experience[0]?.including;
    expect(including?.map((i) => i.months)).toEqual([24]);
    expect(including?.[0]?.classRefs).toEqual([
      expect.objectContaining({ title: 'Medical Social Consultant', kind: 'comparable-level', sameSeries: true }),
    ]);
    expect(value.minExperienceMonths).toBe(0);
    expect(diagnostics).toEqual([]);
  });

  it('Supervisor: master + licence, or master + 72 months including 24 supervisory or consultative', () => {
    const { value, diagnostics } = parse(SUCSS, seedLines(SUCSS, [216, 228]));
    expect(shape(value)).toEqual([
      { education: 'master', months: [], licenses: [LSW_LCSW], eq: false },
      { education: 'master', months: [72], licenses: [], eq: false },
    ]);
    const including = value.routes[1]?.experience[0]?.including[0];
    expect(including?.months).toBe(24);
    expect(including?.kind).toMatch(/supervisory or consultative capacity/);
    expect(value.minExperienceMonths).toBe(0);
    expect(diagnostics).toEqual([]);
  });
});

describe('parseQualifications(lines, options): Westchester Case Manager II', () => {
  // Minimum training and experience, substitution, special note, note; the special requirement apart.
  const lines = seedLines(WESTCHESTER, [41, 45], [49, 49]);
  const special = seedLines(WESTCHESTER, [47, 47]);

  it('(a) a bachelor in social work; (b) a bachelor + 12 months of social casework in a medical, psychiatric or public health setting', () => {
    const { value, diagnostics } = parse(WESTCHESTER, lines, special);
    expect(shape(value)).toEqual([
      { education: 'bachelor', months: [], licenses: [], eq: false },
      { education: 'bachelor', months: [12], licenses: [], eq: false },
    ]);
    expect(value.routes.map((r) => [r.id, r.label])).toEqual([
      ['a', '(a)'],
      ['b', '(b)'],
    ]);
    expect(value.routes[0]?.education?.field).toBe('social work');
    expect(value.routes[1]?.education?.field).toBeNull();
    expect(value.routes[1]?.experience[0]?.kind).toMatch(/social casework services in a medical, psychiatric, or public health setting/);
    expect(value.routes[1]?.experience[0]?.kindIds[0]).toBe('social-casework-medical');
    expect(value.minEducation).toBe('bachelor');
    expect(value.minExperienceMonths).toBe(0);
    expect(diagnostics).toEqual([]);
  });

  it('substitutes 30 MSW credits for 12 months, and lists the New York driver licence', () => {
    const { value } = parse(WESTCHESTER, lines, special);
    expect(value.substitutions).toEqual([
      expect.objectContaining({
        replaces: 'experience',
        months: 12,
        requires: { credits: 30, level: 'master', field: 'social work', experienceMonths: null },
        equivalentCombination: false,
        line: 43,
      }),
    ]);
    expect(value.licenses).toEqual(["Driver's license (New York)"]);
    expect(value.specialLicenses?.[0]).toMatchObject({ anyOf: ["Driver's license"], jurisdiction: 'New York' });
  });
});

describe('parseQualifications(lines, options): Client Assistance Specialist', () => {
  it('bachelor + 12 months of human services with client contact; an equivalent-combination substitution; no licences', () => {
    const { value, diagnostics } = parse(CLIENT_ASSISTANCE, seedLines(CLIENT_ASSISTANCE, [63, 71]));
    expect(shape(value)).toEqual([{ education: 'bachelor', months: [12], licenses: [], eq: false }]);
    expect(value.routes[0]?.experience[0]?.kindIds[0]).toBe('human-services-client-contact');
    expect(value.substitutions).toEqual([expect.objectContaining({ equivalentCombination: true, months: null })]);
    expect(value.licenses).toEqual([]);
    expect(value.minEducation).toBe('bachelor');
    expect(value.minExperienceMonths).toBe(12);
    expect(diagnostics).toEqual([]);
  });
});

describe('parseQualifications(lines, options): IL CMS Social Service Planner series', () => {
  const cases: { title: string; range: [number, number]; education: string; months: number }[] = [
    { title: 'Community Planner', range: [53, 59], education: 'high_school', months: 24 },
    { title: 'Program Planner I', range: [106, 112], education: 'bachelor', months: 12 },
    { title: 'Program Planner II', range: [156, 162], education: 'bachelor', months: 24 },
    { title: 'Program Planner III', range: [202, 208], education: 'master', months: 12 },
    { title: 'Program Planner IV', range: [250, 256], education: 'master', months: 24 },
  ];
  for (const { title, range, education, months } of cases) {
    it(`${title}: ${education} + ${String(months)} months`, () => {
      const { value, diagnostics } = parse(CMS_PLANNERS, seedLines(CMS_PLANNERS, range));
      expect(shape(value)).toEqual([{ education, months: [months], licenses: [], eq: false }]);
      expect(value.minEducation).toBe(education);
      expect(value.minExperienceMonths).toBe(months);
      expect(diagnostics).toEqual([]);
    });
  }

  it('asks for community organisation, social service work or program planning (Program Planner I)', () => {
    const { value } = parse(CMS_PLANNERS, seedLines(CMS_PLANNERS, [106, 112]));
    expect(value.routes[0]?.experience[0]?.kindIds[0]).toBe('community-organization-planning');
  });

  it('does not make "May require … driver\'s license" or HIPAA certification a licence', () => {
    const { value } = parse(CMS_PLANNERS, seedLines(CMS_PLANNERS, [53, 59]), seedLines(CMS_PLANNERS, [79, 83]));
    expect(value.licenses).toEqual([]);
    expect(value.routes[0]?.licenses).toEqual([]);
  });
});

describe('parseQualifications(lines, options): Intensive Case Manager', () => {
  const lines = seedLines(INTENSIVE, [47, 68]);

  it('(A) master + 24 months; (B) bachelor (or a NYS Teacher\'s Certificate) + 48 months; (C) an equivalent combination', () => {
    const { value, diagnostics } = parse(INTENSIVE, lines);
    expect(shape(value)).toEqual([
      { education: 'master', months: [24], licenses: [], eq: false },
      { education: 'bachelor', months: [48], licenses: [], eq: false },
      { education: null, months: [], licenses: [], eq: true },
    ]);
    expect(value.routes.map((r) => r.id)).toEqual(['A', 'B', 'C']);
    expect(value.routes[1]?.education?.alternatives).toEqual(["New York State Teacher's Certificate"]);
    expect(value.minEducation).toBe('bachelor');
    expect(value.minExperienceMonths).toBe(24);
    expect(value.licenses).toEqual([]);
    expect(diagnostics).toEqual([]);
  });

  it('asks for direct services to mentally disabled clients on both routes, (B) by reference to (A)', () => {
    const { value } = parse(INTENSIVE, lines);
    for (const r of value.routes.slice(0, 2)) {
      expect(r.experience[0]?.kindIds[0]).toBe('direct-services-mentally-disabled');
      expect(r.experience[0]?.kind).toMatch(/direct services to mentally disabled/);
    }
  });

  it('uses the spec\'s own definition of "human service field"', () => {
    const { value } = parse(INTENSIVE, lines);
    const education = value.routes[0]?.education;
    expect(education?.field).toBe('human services');
    expect(education?.fieldDefinition).toEqual(expect.arrayContaining(['social work', 'psychology', 'nursing', 'sociology', 'speech and hearing']));
    expect(education?.fieldDefinition).toHaveLength(14);
  });
});
