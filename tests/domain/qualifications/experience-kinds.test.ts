import { describe, expect, it } from 'vitest';
import {
  EXPERIENCE_KINDS,
  matchExperienceKinds,
  scoreExperienceKind,
} from '../../../src/domain/qualifications/experience-kinds.ts';

describe('EXPERIENCE_KINDS', () => {
  it('has unique ids, a label and a description for every kind', () => {
    const ids = EXPERIENCE_KINDS.map((k) => k.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const k of EXPERIENCE_KINDS) {
      expect(k.label).not.toBe('');
      expect(k.description).not.toBe('');
    }
  });

  it('covers the seeds and the broad kinds of the CalHR corpus', () => {
    const ids = EXPERIENCE_KINDS.map((k) => k.id);
    for (const id of [
      'social-casework-medical',
      'human-services-client-contact',
      'community-organization-planning',
      'direct-services-mentally-disabled',
      'social-work-practice',
      'supervisory-social-work',
      'community-residence',
      'clerical-office',
      'accounting-fiscal',
      'information-technology',
      'engineering',
      'law-enforcement-custody',
      'health-care-nursing',
      'inspection-regulatory',
      'administrative-analytical',
      'supervisory-management',
      'skilled-trades',
      'agriculture-natural-resources',
      'legal',
    ]) {
      expect(ids).toContain(id);
    }
  });
});

describe('matchExperienceKinds(description)', () => {
  const cases: { input: string; expected: string }[] = [
    { input: 'where the primary function of the position was in providing social casework services in a medical, psychiatric, or public health setting', expected: 'social-casework-medical' },
    { input: 'experience in human services that involved substantive client contact and service delivery through direct assistance or referral', expected: 'human-services-client-contact' },
    { input: 'professional experience in community organization, social service work or in program planning and development', expected: 'community-organization-planning' },
    { input: 'experience in providing direct services to mentally disabled patients/clients or in linking mentally disabled patients/clients to a broad range of services', expected: 'direct-services-mentally-disabled' },
    { input: 'experience in a community serviced by a demonstration project or a similar community experience', expected: 'community-residence' },
    { input: 'in a clinical setting maintaining acceptable social work standards in a supervisory or consultative capacity', expected: 'supervisory-social-work' },
    { input: 'two years of general clerical experience', expected: 'clerical-office' },
    { input: 'professional accounting or auditing experience', expected: 'accounting-fiscal' },
    { input: 'experience in the practice of law', expected: 'legal' },
  ];
  for (const { input, expected } of cases) {
    it(`finds ${expected} first in ${JSON.stringify(input.slice(0, 60))}`, () => {
      expect(matchExperienceKinds(input)[0]).toBe(expected);
    });
  }

  it('leaves out a kind only mentioned in passing', () => {
    expect(
      matchExperienceKinds('direct services to mentally disabled clients (e.g. medical, psychiatric, social, educational, legal, housing, and financial services)'),
    ).not.toContain('legal');
  });
});

describe('scoreExperienceKind(kindId, text)', () => {
  it('scores a class plainly doing the work high and an unrelated one low', () => {
    const caseManager =
      'Performs social work counseling with patients receiving inpatient, outpatient or residential medical or mental health treatment.';
    expect(scoreExperienceKind('social-casework-medical', caseManager)).toBeGreaterThanOrEqual(0.8);
    expect(scoreExperienceKind('social-casework-medical', 'Performs general clerical work: typing, filing and data entry.')).toBe(0);
    expect(scoreExperienceKind('clerical-office', 'Performs general clerical work: typing, filing and data entry.')).toBeGreaterThanOrEqual(0.8);
  });

  it('ignores supervision received and case management when judging supervisory work', () => {
    expect(scoreExperienceKind('supervisory-social-work', 'Under general supervision, performs social work counseling.')).toBeLessThan(0.5);
    expect(scoreExperienceKind('supervisory-management', 'Case Manager II (Social Work)')).toBe(0);
    expect(scoreExperienceKind('supervisory-social-work', 'Supervises medical social work staff and their social work activities.')).toBeGreaterThanOrEqual(0.8);
  });

  it('does not count the disciplines of other staff a class works with as its own work', () => {
    // CalHR correctional teachers (e.g. Teacher (High School-Music) (Correctional Facility)).
    const teachers =
      'In addition, they may work with treatment teams which combine the services of personnel in the custody, academic, vocational, psychiatric, and casework areas.';
    const instructors =
      'In addition, instructors may work with treatment teams which combine the services of custody, academic, vocational, psychiatric, and casework personnel.';
    expect(scoreExperienceKind('social-casework-medical', teachers)).toBeLessThan(0.2);
    expect(scoreExperienceKind('social-casework-medical', instructors)).toBeLessThan(0.2);
    // Only a list of disciplines is left out, not the class's own work up to the word "personnel".
    const manager =
      'Manages the business services of a correctional facility, including budgeting and accounting, data processing, contract management, personnel.';
    expect(scoreExperienceKind('accounting-fiscal', manager)).toBeGreaterThan(0);
    // The same words about the class's own work still count.
    expect(scoreExperienceKind('social-casework-medical', 'Provides casework services to patients in a psychiatric hospital.')).toBeGreaterThanOrEqual(0.8);
  });

  it('stays within 0..1 and gives 0 for an unknown kind', () => {
    const text = 'social work casework counseling patients hospital clinic psychiatric public health mental health';
    for (const k of EXPERIENCE_KINDS) {
      const s = scoreExperienceKind(k.id, text);
      expect(s).toBeGreaterThanOrEqual(0);
      expect(s).toBeLessThanOrEqual(1);
    }
    expect(scoreExperienceKind('no-such-kind', text)).toBe(0);
  });
});
