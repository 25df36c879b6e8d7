import { describe, expect, it } from 'vitest';
import { slugify } from '../../../src/domain/spec/slugify.ts';
import { toTitleCase } from '../../../src/domain/spec/to-title-case.ts';

describe('toTitleCase(title)', () => {
  it.each([
    ['CASE MANAGER II (SOCIAL WORK)', 'Case Manager II (Social Work)'],
    ['SOCIAL SERVICE PROGRAM PLANNER IV', 'Social Service Program Planner IV'],
    ['SUPERVISOR OF MEDICAL SOCIAL SERVICES', 'Supervisor of Medical Social Services'],
    ['INTENSIVE CASE MANAGER', 'Intensive Case Manager'],
    ['CHIEF, DIVISION OF THE BUDGET', 'Chief, Division of the Budget'],
    ['CLERK-TYPIST I', 'Clerk-Typist I'],
    ['CAFÉ SUPERVISOR', 'Café Supervisor'],
    ['Medical Social Assistant', 'Medical Social Assistant'],
    ['Research Program Specialist I (Economics)', 'Research Program Specialist I (Economics)'],
  ])('%s → %s', (input, expected) => {
    expect(toTitleCase(input)).toBe(expected);
  });
});

describe('slugify(text)', () => {
  it.each([
    ['Case Manager II (Social Work)', 'case-manager-ii-social-work'],
    ['Medical Social Services', 'medical-social-services'],
    [
      "Workers' Compensation Insurance Representative",
      'workers-compensation-insurance-representative',
    ],
    ['State of California (CalHR)', 'state-of-california-calhr'],
    ['Señor/Señora', 'senor-senora'],
    ['  --  ', ''],
  ])('%j → %j', (input, expected) => {
    expect(slugify(input)).toBe(expected);
  });
});
