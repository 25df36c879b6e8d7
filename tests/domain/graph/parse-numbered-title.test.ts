import { describe, expect, it } from 'vitest';
import { parseNumberedTitle } from '../../../src/domain/graph/parse-numbered-title.ts';

describe('parseNumberedTitle(title)', () => {
  const cases = [
    {
      input: 'Social Service Program Planner IV',
      expected: { family: 'social service program planner', n: 4 },
    },
    {
      input: 'Case Manager II (Social Work)',
      expected: { family: 'case manager (social work)', n: 2 },
    },
    { input: 'Accountant 3', expected: { family: 'accountant', n: 3 } },
    { input: 'Medical Social Consultant', expected: null },
  ];
  it.each(cases)('reads "$input"', ({ input, expected }) => {
    expect(parseNumberedTitle(input)).toEqual(expected);
  });
});
