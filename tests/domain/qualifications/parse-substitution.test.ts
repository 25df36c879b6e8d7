import { describe, expect, it } from 'vitest';
import type { Substitution } from '../../../src/domain/model/index.ts';
import { isSubstitution, parseSubstitution } from '../../../src/domain/qualifications/parse-substitution.ts';

describe('parseSubstitution(text, line)', () => {
  const cases: { input: string; expected: Partial<Substitution> }[] = [
    {
      input: 'SUBSTITUTION: Satisfactory completion of 30 credits towards a Master\'s Degree in Social Work may be substituted for one year of the above stated experience.',
      expected: { replaces: 'experience', months: 12, requires: { credits: 30, level: 'master', field: 'social work', experienceMonths: null }, equivalentCombination: false },
    },
    {
      input: 'Substitutions: An equivalent combination of education and experience may be substituted.',
      expected: { months: null, equivalentCombination: true, requires: { credits: null, level: null, field: null, experienceMonths: null } },
    },
    {
      input: '(Additional qualifying experience may be substituted for the required education on a year-for-year basis.)',
      expected: { replaces: 'education', months: null, yearForYear: true, equivalentCombination: false },
    },
    {
      input: '(One year of clerical work experience may be substituted for the required education.)',
      expected: { replaces: 'education', months: null, requires: { credits: null, level: null, field: null, experienceMonths: 12 } },
    },
    {
      input: "[Possession of a Master's Degree in Measurement Science (Metrology), Physics, Measurement Engineering or Electronics, may be substituted for one year of the required nonsupervisory experience.]",
      expected: { replaces: 'experience', months: 12, requires: { credits: null, level: 'master', field: 'measurement science', experienceMonths: null } },
    },
  ];
  for (const { input, expected } of cases) {
    it(`reads ${JSON.stringify(input.slice(0, 80))}`, () => {
      expect(parseSubstitution(input, 7)).toMatchObject({ ...expected, line: 7 });
    });
  }

  it('gives null for a sentence that substitutes nothing', () => {
    expect(parseSubstitution('No substitution is permitted for the specific course work required.', 1)).toBeNull();
    expect(parseSubstitution('Education: Equivalent to graduation from college.', 1)).toBeNull();
  });
});

describe('isSubstitution(text)', () => {
  it('recognises "may be substituted" and "in lieu of"', () => {
    expect(isSubstitution('Two years of college may be substituted for one year of experience.')).toBe(true);
    expect(isSubstitution('A master\'s degree will be accepted in lieu of one year of experience.')).toBe(true);
    expect(isSubstitution('Only one substitution may be applied.')).toBe(false);
  });
});
