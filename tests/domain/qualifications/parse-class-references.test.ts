import { describe, expect, it } from 'vitest';
import type { ClassReferenceKind } from '../../../src/domain/model/index.ts';
import { parseClassReferences } from '../../../src/domain/qualifications/parse-class-references.ts';

describe('parseClassReferences(text)', () => {
  const cases: { input: string; expected: [title: string, kind: ClassReferenceKind, sameSeries: boolean][] }[] = [
    {
      input: 'including two years (24 months) of experience comparable to that performed at the Medical Social Consultant level of this series or in a position of comparable responsibility.',
      expected: [['Medical Social Consultant', 'comparable-level', true]],
    },
    {
      // NOTE: a range is not part of the class title: ", Range B" is dropped.
      input: 'One year of experience in the California state service performing the duties of a Social Service Consultant I or Adoptions Case Worker, Range B.',
      expected: [
        ['Social Service Consultant I', 'performing-duties', false],
        ['Adoptions Case Worker', 'performing-duties', false],
      ],
    },
    {
      input: 'One year of experience in the California state service performing the duties of a Conservation Supervisor, California Conservation Corps; Conservationist II, California Conservation Corps; or Corpsmember Development Coordinator, California Conservation Corps.',
      expected: [
        ['Conservation Supervisor, California Conservation Corps', 'performing-duties', false],
        ['Conservationist II, California Conservation Corps', 'performing-duties', false],
        ['Corpsmember Development Coordinator, California Conservation Corps', 'performing-duties', false],
      ],
    },
    {
      input: 'One year of experience in the California state service performing the duties of a Staff Services Manager II (Supervisory) or Staff Services Manager II (Managerial).',
      expected: [
        ['Staff Services Manager II (Supervisory)', 'performing-duties', false],
        ['Staff Services Manager II (Managerial)', 'performing-duties', false],
      ],
    },
    {
      input: 'One year of experience in the California state service performing analytical staff duties of a class with a level of responsibility not less than that of Associate Governmental Program Analyst.',
      expected: [['Associate Governmental Program Analyst', 'comparable-level', false]],
    },
    {
      input: 'One year of experience performing the duties of an Accountant I or II in the California state service.',
      expected: [
        ['Accountant I', 'performing-duties', false],
        ['Accountant II', 'performing-duties', false],
      ],
    },
    {
      input: 'Two years of experience in the California state service performing duties comparable to those of a Staff or Senior Environmental Scientist.',
      expected: [
        ['Staff Environmental Scientist', 'performing-duties', false],
        ['Senior Environmental Scientist', 'performing-duties', false],
      ],
    },
    { input: 'Two years of experience as a Staff Nurse in a hospital.', expected: [['Staff Nurse', 'in-class', false]] },
    { input: 'Five years of broad experience as a scientist in environmental analysis.', expected: [] },
    { input: 'One year of experience in the practice of social services.', expected: [] },
  ];
  for (const { input, expected } of cases) {
    it(`reads ${JSON.stringify(input.slice(0, 80))}`, () => {
      expect(parseClassReferences(input).map((r) => [r.title, r.kind, r.sameSeries])).toEqual(expected);
    });
  }
});
