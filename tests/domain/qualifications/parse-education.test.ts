import { describe, expect, it } from 'vitest';
import type { EducationLevel } from '../../../src/domain/model/index.ts';
import { parseEducation } from '../../../src/domain/qualifications/parse-education.ts';

describe('parseEducation(text)', () => {
  const cases: { input: string; expected: { level: EducationLevel; field: string | null; alternatives?: string[] } | null }[] = [
    {
      input: "Bachelor's degree with a major in the social or behavioral science or related health specialty from an accredited college or university.",
      expected: { level: 'bachelor', field: 'social or behavioral science or related health specialty' },
    },
    {
      input: "Master's degree from an accredited school or university in social or behavioral science or related health specialty.",
      expected: { level: 'master', field: 'social or behavioral science or related health specialty' },
    },
    { input: "a Bachelor's Degree* in Social Work", expected: { level: 'bachelor', field: 'social work' } },
    {
      input: "Possession of a Bachelor's Degree in a human services field or possession of a New York State Teacher's Certificate for which a Bachelor's Degree is required",
      expected: { level: 'bachelor', field: 'human services', alternatives: ["New York State Teacher's Certificate"] },
    },
    { input: 'Education: Equivalent to graduation from college.', expected: { level: 'bachelor', field: null } },
    { input: "Education: Graduation from an accredited college or university with a bachelor's Degree.", expected: { level: 'bachelor', field: null } },
    { input: 'Education: Equivalent to completion of two years of college.', expected: { level: 'associate', field: null } },
    { input: 'Education: Successful completion of two years (60 semester units) of study from a State accredited college', expected: { level: 'associate', field: null } },
    { input: 'Education: Equivalent to completion of nine semester units of college level course work in animal husbandry.', expected: { level: 'high_school', field: 'animal husbandry' } },
    { input: 'Education: Equivalent to completion of fourteen semester units of college level course work in accounting.', expected: { level: 'high_school', field: 'accounting' } },
    { input: 'Education: Completion of seventy semester units of college course work.', expected: { level: 'associate', field: null } },
    { input: 'High school diploma or equivalent.', expected: { level: 'high_school', field: null } },
    { input: 'Education: Equivalent to completion of the twelfth grade.', expected: { level: 'high_school', field: null } },
    { input: 'Education: Equivalent to completion of the eighth grade.', expected: { level: 'none', field: null } },
    { input: 'Requires knowledge, skill and mental development equivalent to the completion of high school.', expected: { level: 'high_school', field: null } },
    { input: 'Requires knowledge, skill and mental development equivalent to the completion of four years of college.', expected: { level: 'bachelor', field: null } },
    { input: "Requires knowledge, skill and mental development equivalent to the completion of master's degree.", expected: { level: 'master', field: null } },
    { input: 'Education: Graduation with a Doctorate Degree in Veterinary Medicine from an institution of recognized standing.', expected: { level: 'doctorate', field: 'veterinary medicine' } },
    { input: 'Graduation from an approved medical or osteopathic school.', expected: { level: 'doctorate', field: null } },
    { input: "Education: Possession of a bachelor's or advanced degree with a major in chemistry.", expected: { level: 'bachelor', field: 'chemistry' } },
    { input: 'Education: Equivalent to graduation from college, preferably with major work in economics.', expected: { level: 'bachelor', field: null } },
    {
      input: 'Education: Either equivalent to completion of the 12th grade or completion of a business school curriculum.',
      expected: { level: 'high_school', field: null, alternatives: ['completion of a business school curriculum'] },
    },
    { input: 'Five years of experience in agricultural and/or regulatory work.', expected: null },
  ];
  for (const { input, expected } of cases) {
    it(`reads ${JSON.stringify(input.slice(0, 70))}`, () => {
      const got = parseEducation(input);
      if (expected === null) {
        expect(got).toBeNull();
        return;
      }
      expect(got).toMatchObject({ level: expected.level, field: expected.field, alternatives: expected.alternatives ?? [] });
    });
  }
});
