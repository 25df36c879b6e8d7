import { describe, expect, it } from 'vitest';
import type { StepRequirements } from '../../../src/domain/graph/index.ts';
import { licenceText, stepRequirementItems } from '../../../src/ui/lib/route-text.ts';

describe('stepRequirementItems(requires)', () => {
  it('lists the degree, each licence (any of its names) and unchecked requirements, with what the person holds', () => {
    const requires: StepRequirements = {
      education: {
        level: 'master',
        field: 'social work',
        text: "Master's degree in social work",
        met: true,
      },
      licenses: [
        {
          name: 'Licensed Social Worker or Licensed Clinical Social Worker',
          anyOf: ['Licensed Social Worker', 'Licensed Clinical Social Worker'],
          met: false,
        },
      ],
      other: ['Completion of the agency training course'],
      lacking: 2,
    };
    expect(stepRequirementItems(requires)).toEqual([
      { kind: 'education', text: "Master's degree in social work", met: true },
      {
        kind: 'licence',
        text: 'Licence: Licensed Social Worker or Licensed Clinical Social Worker',
        met: false,
      },
      { kind: 'other', text: 'Completion of the agency training course', met: false },
    ]);
  });

  it('gives nothing for a step that asks only for months', () => {
    expect(stepRequirementItems({ education: null, licenses: [], other: [], lacking: 0 })).toEqual(
      [],
    );
  });
});

describe('licenceText(licence)', () => {
  it.each([
    {
      input: { name: 'Licensed Clinical Social Worker', anyOf: [] },
      expected: 'Licensed Clinical Social Worker',
    },
    { input: { name: 'LSW or LCSW', anyOf: ['LSW', 'LCSW'] }, expected: 'LSW or LCSW' },
    {
      input: { name: 'a registered nurse licence', anyOf: ['RN', 'LPN', 'APRN'] },
      expected: 'RN or LPN or APRN',
    },
  ])('$expected', ({ input, expected }) => {
    expect(licenceText(input)).toBe(expected);
  });
});
