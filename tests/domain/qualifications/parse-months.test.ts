import { describe, expect, it } from 'vitest';
import { findDurations, parseMonths, parseNumber } from '../../../src/domain/qualifications/parse-months.ts';

describe('parseMonths(text)', () => {
  const cases: { input: string; expected: number | null }[] = [
    { input: 'One (1) year (12 months) of progressively more responsible experience', expected: 12 },
    { input: 'Three years (36 months) of progressively more responsible', expected: 36 },
    { input: 'two (2) years of experience', expected: 24 },
    { input: 'six (6) months of experience', expected: 6 },
    { input: 'one year experience where the primary function', expected: 12 },
    { input: 'eighteen months of experience', expected: 18 },
    { input: '1 1/2 years of experience', expected: 18 },
    { input: 'five and one-half years of legal experience', expected: 66 },
    { input: 'nine years and six months of the required total', expected: 114 },
    { input: 'twenty-four months of experience', expected: 24 },
    { input: "Two years' experience in governmental food service", expected: 24 },
    { input: 'Four (4) years/48 months of actual work in the trade', expected: 48 },
    { input: 'One season of experience (approximately three months) in growing', expected: 3 },
    { input: 'Broad and extensive experience (more than five years) in the practice of law', expected: 60 },
    { input: 'may be substituted on a year-for-year basis', expected: null },
    { input: 'Experience in the practice of social work', expected: null },
  ];
  for (const { input, expected } of cases) {
    it(`reads ${JSON.stringify(input)} as ${String(expected)}`, () => {
      expect(parseMonths(input)).toBe(expected);
    });
  }
});

describe('findDurations(text)', () => {
  it('finds every duration in order, with its place in the text', () => {
    const text = 'Four (4) years (48 months) of social work including two years (24 months) of experience';
    const found = findDurations(text);
    expect(found.map((d) => d.months)).toEqual([48, 24]);
    expect(text.slice(found[1]?.index, found[1]?.end)).toBe('two years (24 months)');
  });
});

describe('parseNumber(text)', () => {
  const cases: { input: string; expected: number | null }[] = [
    { input: 'twenty-four', expected: 24 },
    { input: 'one and one-half', expected: 1.5 },
    { input: '1 1/2', expected: 1.5 },
    { input: 'several', expected: null },
  ];
  for (const { input, expected } of cases) {
    it(`reads ${JSON.stringify(input)}`, () => expect(parseNumber(input)).toBe(expected));
  }
});
