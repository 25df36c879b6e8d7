import { describe, expect, it } from 'vitest';
import { normalizeTitle } from '../../../src/domain/graph/normalize-title.ts';

describe('normalizeTitle(title)', () => {
  const cases = [
    { input: 'SOCIAL SERVICE PROGRAM PLANNER I', expected: 'social service program planner i' },
    {
      input: 'an Associate Agricultural Economist, ',
      expected: 'associate agricultural economist',
    },
    { input: 'the Medical Social Consultant level', expected: 'medical social consultant' },
    { input: 'Case Manager II (Social Work)', expected: 'case manager ii (social work)' },
    {
      input: 'Supervisor of Medical\u00a0Social   Services',
      expected: 'supervisor of medical social services',
    },
    {
      input: 'Assistant Instrument & Efficiency Engineer',
      expected: 'assistant instrument and efficiency engineer',
    },
    { input: 'Research&Development Analyst', expected: 'research and development analyst' },
  ];
  it.each(cases)('normalises "$input"', ({ input, expected }) => {
    expect(normalizeTitle(input)).toBe(expected);
  });
});
