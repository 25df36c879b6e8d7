import { describe, expect, it } from 'vitest';
import type {
  EducationRequirement,
  LicenseRequirement,
  Profile,
} from '../../../src/domain/model/index.ts';
import {
  educationMet,
  licenseMet,
} from '../../../src/domain/qualifications/assess-qualifications.ts';

const msw: EducationRequirement = {
  level: 'master',
  field: 'social work',
  alternatives: [],
  text: "Master's degree in social work",
};
const bachelorOrCertificate: EducationRequirement = {
  level: 'bachelor',
  field: null,
  alternatives: ['teaching certificate'],
  text: "Bachelor's degree or a teaching certificate",
};
const lswOrLcsw: LicenseRequirement = {
  name: 'Licensed Social Worker',
  text: 'Licensed Social Worker or Licensed Clinical Social Worker',
  anyOf: ['Licensed Social Worker', 'Licensed Clinical Social Worker'],
};

function held(
  education: Profile['education'],
  licenses: string[] = [],
): Pick<Profile, 'education' | 'licenses'> {
  return { education, licenses };
}

describe('educationMet(held, education)', () => {
  const cases: {
    name: string;
    input: [Pick<Profile, 'education' | 'licenses'>, EducationRequirement];
    expected: boolean;
  }[] = [
    {
      name: 'the level and field asked',
      input: [held({ level: 'master', field: 'social work' }), msw],
      expected: true,
    },
    {
      name: 'a higher level in the field',
      input: [held({ level: 'doctorate', field: 'social work' }), msw],
      expected: true,
    },
    {
      name: 'the level in another field',
      input: [held({ level: 'master', field: 'accounting' }), msw],
      expected: false,
    },
    {
      name: 'a lower level in the field',
      input: [held({ level: 'bachelor', field: 'social work' }), msw],
      expected: false,
    },
    {
      name: 'any field when none is asked',
      input: [held({ level: 'bachelor', field: 'history' }), bachelorOrCertificate],
      expected: true,
    },
    {
      name: 'a licence the clause accepts instead of the degree',
      input: [
        held({ level: 'high_school', field: null }, ['Teaching Certificate']),
        bachelorOrCertificate,
      ],
      expected: true,
    },
    {
      name: 'neither the degree nor the alternative',
      input: [held({ level: 'high_school', field: null }, ['LCSW']), bachelorOrCertificate],
      expected: false,
    },
  ];
  for (const { name, input, expected } of cases) {
    it(`is ${expected} for ${name}`, () => {
      expect(educationMet(...input)).toBe(expected);
    });
  }
});

describe('licenseMet(held, requirement)', () => {
  it('accepts any name of the requirement, by abbreviation too', () => {
    expect(licenseMet(['LCSW'], lswOrLcsw)).toBe(true);
    expect(licenseMet(['Licensed Social Worker'], lswOrLcsw)).toBe(true);
  });

  it('is false for other licences and for none', () => {
    expect(licenseMet(['RN'], lswOrLcsw)).toBe(false);
    expect(licenseMet([], lswOrLcsw)).toBe(false);
  });
});
