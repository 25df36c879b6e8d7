import { describe, expect, it } from 'vitest';
import { readProfile } from '../../../src/domain/model/index.ts';

describe('readProfile(value)', () => {
  it('reads a whole profile as it is', () => {
    const profile = {
      education: { level: 'master', field: 'social work' },
      credits: [{ toward: 'master', field: 'social work', credits: 30 }],
      experience: [{ classId: 'il-sucss:0264', months: 10 }],
      licenses: ['LCSW'],
    };
    expect(readProfile(profile)).toEqual({ profile, problem: null });
  });

  it('fills in what is missing: no education, experience, credits or licences', () => {
    expect(readProfile({})).toEqual({
      profile: {
        education: { level: 'none', field: null },
        credits: [],
        experience: [],
        licenses: [],
      },
      problem: null,
    });
    expect(
      readProfile({
        education: { level: 'bachelor' },
        credits: [{ toward: 'master', credits: 12 }],
      }).profile,
    ).toMatchObject({
      education: { level: 'bachelor', field: null },
      credits: [{ toward: 'master', field: null, credits: 12 }],
    });
  });

  it.each([
    ['a list', [], 'is not an object'],
    ['text', 'profile', 'is not an object'],
    [
      'an unknown level',
      { education: { level: 'phd' } },
      'has education.level "phd" (none, high_school',
    ],
    ['a field that is not text', { education: { level: 'bachelor', field: 4 } }, 'education.field'],
    [
      'experience without months',
      { experience: [{ classId: 'a' }] },
      'experience entry without classId and months',
    ],
    ['negative months', { experience: [{ classId: 'a', months: -3 }] }, 'experience entry'],
    ['an empty class id', { experience: [{ classId: '', months: 3 }] }, 'experience entry'],
    [
      'experience that is not a list',
      { experience: { classId: 'a', months: 1 } },
      'experience that is not a list',
    ],
    ['credits toward no level', { credits: [{ toward: 'phd', credits: 3 }] }, 'credits entry'],
    [
      'a licence that is not text',
      { licenses: ['LCSW', 7] },
      'licenses that are not a list of text',
    ],
  ])('says what is wrong with %s', (_what, value, problem) => {
    const read = readProfile(value);
    expect(read.profile).toBeNull();
    expect(read.problem).toContain(problem);
  });
});
