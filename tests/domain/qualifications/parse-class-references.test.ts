import { describe, expect, it } from 'vitest';
import type { ClassReferenceKind } from '../../../src/domain/model/index.ts';
import { parseClassReferences } from '../../../src/domain/qualifications/parse-class-references.ts';

describe('parseClassReferences(text)', () => {
  const cases: { input: string; expected: [title: string, kind: ClassReferenceKind, sameSeries: boolean][] }[] = [
    {
      // NOTE: a qualifier in brackets after "I or II" is both titles'.
      input: 'performing the duties of a Correctional Food Manager I or II (Department of Corrections)',
      expected: [
        ['Correctional Food Manager I (Department of Corrections)', 'performing-duties', false],
        ['Correctional Food Manager II (Department of Corrections)', 'performing-duties', false],
      ],
    },
    {
      // NOTE: a bracketed qualifier holding a job word ("Officer") is no title of its own.
      input: 'performing duties equivalent in level of responsibility to an Enforcement Supervisor I, Contractors State License Board (Non-Peace Officer)',
      expected: [['Enforcement Supervisor I, Contractors State License Board (Non-Peace Officer)', 'performing-duties', false]],
    },
    {
      // NOTE: the bracket an aside closes after the title is not the title's.
      input: 'Experience (in the California state service, this must be in a class comparable in level of responsibility to Water Resources Technician II)',
      expected: [['Water Resources Technician II', 'comparable-level', false]],
    },
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
    // SUCSS wordings of the comparable-level clause.
    {
      input: 'Five (5) years (60 months) of experience comparable to that gained as an Anesthesia Technician',
      expected: [['Anesthesia Technician', 'comparable-level', false]],
    },
    {
      input: 'Five (5) years (60 months) of work experience comparable to that gained in the Construction Laborer Sub-Foreman level of this series or in other positions of comparable responsibility within this trade.',
      expected: [['Construction Laborer Sub-Foreman', 'comparable-level', true]],
    },
    {
      input: 'Three (3) years (36 months) of Quality Improvement (QI) work experience performing duties comparable to the Quality Specialist level of this series.',
      expected: [['Quality Specialist', 'comparable-level', true]],
    },
    {
      // NOTE: the class is named relative to the referring one: the graph finds the rung below.
      input: 'A total of two (2) years (24 months) of experience in professional level accounting work consistent with the next lower level of this series.',
      expected: [['the next lower level', 'comparable-level', true]],
    },
    { input: 'Work experience comparable to the Lower Level of this series.', expected: [['the lower level', 'comparable-level', true]] },
    { input: 'Work experience comparable to the next lower level of the organization.', expected: [] },
    // SUCSS wordings of "performing the duties of": the trailing "class" is not the title's.
    {
      input: 'Two (2) years (24 months) of experience performing duties as outlined in the Golf Course Pro-Shop Assistant class.',
      expected: [['Golf Course Pro-Shop Assistant', 'performing-duties', false]],
    },
    {
      input: 'Two (2) years (24 months) of work experience performing duties comparable to those listed for the Occupational Therapy Specialist.',
      expected: [['Occupational Therapy Specialist', 'performing-duties', false]],
    },
    {
      input: 'Two years of experience comparable to that gained at the Level II of this series.',
      expected: [['Level II', 'comparable-level', true]],
    },
    {
      // NOTE: "that" starts what the experience included; "of the series" is "of this series".
      input: 'Two (2) years (24 months) of experience comparable to that gained as an Assistant Chief Hemodialysis Technologist that included assisting in the supervision of staff.',
      expected: [['Assistant Chief Hemodialysis Technologist', 'comparable-level', false]],
    },
    {
      input: 'One year of experience comparable to that of the Medical Staff Services Specialist II of the series.',
      expected: [['Medical Staff Services Specialist II', 'comparable-level', true]],
    },
    // CalHR wordings that name a list or a former class.
    {
      input: 'One year of experience in the California state service performing the duties of (1) a Staff Services Analyst, Range C, or (2) a Business Service Officer I (Specialist or Supervisor).',
      expected: [
        ['Staff Services Analyst', 'performing-duties', false],
        ['Business Service Officer I (Specialist or Supervisor)', 'performing-duties', false],
      ],
    },
    {
      input: 'Two years of experience performing the duties of any or a combination of the classes Caltrans Highway Maintenance Leadworker or Caltrans Landscape Maintenance Leadworker.',
      expected: [
        ['Caltrans Highway Maintenance Leadworker', 'performing-duties', false],
        ['Caltrans Landscape Maintenance Leadworker', 'performing-duties', false],
      ],
    },
    {
      input: 'Two years of experience in the California state service performing the duties of a(n) Exhibit Specialist, State Archeologist I, State Historian I, State Park Interpreter I.',
      expected: [
        ['Exhibit Specialist', 'performing-duties', false],
        ['State Archeologist I', 'performing-duties', false],
        ['State Historian I', 'performing-duties', false],
        ['State Park Interpreter I', 'performing-duties', false],
      ],
    },
    {
      input: 'One year performing the duties of the former class of Senior Auditor Evaluator, Bureau of State Audits, Range B.',
      expected: [['Senior Auditor Evaluator, Bureau of State Audits', 'performing-duties', false]],
    },
    {
      input: 'One year of experience in a class at a level of responsibility equivalent to at least that of a Child Development Administrator I.',
      expected: [['Child Development Administrator I', 'comparable-level', false]],
    },
    {
      input: 'Two years in a class equivalent to or higher than Staff Services Analyst, Range C.',
      expected: [['Staff Services Analyst', 'comparable-level', false]],
    },
    {
      input: 'One year of experience at the level of responsibility of a Correctional Counselor II (Supervisor) or Correctional Lieutenant.',
      expected: [
        ['Correctional Counselor II (Supervisor)', 'comparable-level', false],
        ['Correctional Lieutenant', 'comparable-level', false],
      ],
    },
    {
      input: 'One year performing duties comparable in level of responsibility of a Staff Services Analyst, Range C.',
      expected: [['Staff Services Analyst', 'performing-duties', false]],
    },
    {
      input: 'One year of experience comparable to work performed by a Litigation Specialist I, Range B.',
      expected: [['Litigation Specialist I', 'comparable-level', false]],
    },
    // A range is no title, however many letters it lists.
    {
      input: 'One year of experience performing the duties of a Senior Vocational Rehabilitation Counselor, Range A, B, C, or D, or equivalent.',
      expected: [['Senior Vocational Rehabilitation Counselor', 'performing-duties', false]],
    },
    // "(1) year" is a duration, not the number of a list.
    { input: 'Two years of experience as a Correctional Officer (1) year of which must be supervisory.', expected: [['Correctional Officer', 'in-class', false]] },
    // Words that follow a cue but name no class: an agency, a document, a trade's field.
    { input: 'Two years performing duties as defined by the Federal Aviation Administration for aircraft inspectors.', expected: [] },
    { input: 'One year of experience performing the duties of a State Park Superintendent IV or with the California Highway Patrol.', expected: [['State Park Superintendent IV', 'performing-duties', false]] },
    { input: 'Experience sufficient to qualify as a journeyman in the electrical trade, with five years of work.', expected: [] },
    { input: 'Experience sufficient to qualify as a licensed and bonded contractor.', expected: [] },
    // SUCSS trades name the journey-level class in lower case.
    {
      input: 'Experience sufficient to qualify as a journeyman cement finisher with four (4) years (48 months) of actual work experience at the trade.',
      expected: [['Cement Finisher', 'comparable-level', false]],
    },
    {
      input: 'Experience sufficient to qualify as a journeyman Pipefitter or other Pipetrade classification with a minimum of nine years.',
      expected: [['Pipefitter', 'comparable-level', false]],
    },
    // A title may start with "State" or "Department"; a body's name is no title.
    {
      input: 'One year of experience in the California state service performing the duties of a State Park Superintendent IV.',
      expected: [['State Park Superintendent IV', 'performing-duties', false]],
    },
    {
      input: 'Two years of experience performing the duties of a State Historian I.',
      expected: [['State Historian I', 'performing-duties', false]],
    },
    {
      input: 'One year of experience at a level of responsibility not less than that of Department of Justice Administrator II.',
      expected: [['Department of Justice Administrator II', 'comparable-level', false]],
    },
    {
      input: "Two years of experience as an investment professional with the California State Teachers' Retirement System.",
      expected: [],
    },
    { input: 'Five years of broad experience as a scientist in environmental analysis.', expected: [] },
    { input: 'One year of experience in the practice of social services.', expected: [] },
  ];
  it('marks a level named relative to the referring class', () => {
    const [lower] = parseClassReferences('Two years of experience comparable to that gained at the lower levels of this series.');
    expect(lower).toMatchObject({ relative: 'lower-level', sameSeries: true, text: 'the lower levels of this series' });
    expect(parseClassReferences('Two years of experience as a Staff Nurse.')[0]?.relative).toBeUndefined();
  });
  for (const { input, expected } of cases) {
    it(`reads ${JSON.stringify(input.slice(0, 80))}`, () => {
      expect(parseClassReferences(input).map((r) => [r.title, r.kind, r.sameSeries])).toEqual(expected);
    });
  }
});
