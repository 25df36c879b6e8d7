import { describe, expect, it } from 'vitest';
import { romanToNumber, toRoman } from '../../../src/domain/spec/roman-numerals.ts';

describe('romanToNumber(token)', () => {
  const cases: { input: string; expected: number | null }[] = [
    { input: 'I', expected: 1 },
    { input: 'IV', expected: 4 },
    { input: 'IX', expected: 9 },
    { input: 'XIV', expected: 14 },
    { input: 'XX', expected: 20 },
    { input: 'IIII', expected: 4 },
    { input: '7', expected: 7 },
    { input: '12', expected: 12 },
    { input: '123', expected: null },
    { input: 'iv', expected: null },
    { input: 'XXXIII', expected: null },
    { input: 'L', expected: null },
    { input: '', expected: null },
  ];
  for (const { input, expected } of cases) {
    it(`reads "${input}" as ${String(expected)}`, () =>
      expect(romanToNumber(input)).toBe(expected));
  }
});

describe('toRoman(n)', () => {
  const cases: { input: number; expected: string }[] = [
    { input: 1, expected: 'I' },
    { input: 4, expected: 'IV' },
    { input: 9, expected: 'IX' },
    { input: 12, expected: 'XII' },
    { input: 39, expected: 'XXXIX' },
    { input: 49, expected: 'XLIX' },
    { input: 1999, expected: 'MCMXCIX' },
    { input: 0, expected: '' },
  ];
  for (const { input, expected } of cases) {
    it(`writes ${input} as "${expected}"`, () => expect(toRoman(input)).toBe(expected));
  }

  it('gives back the number romanToNumber reads, for 1 to 20', () => {
    for (let n = 1; n <= 20; n += 1) expect(romanToNumber(toRoman(n))).toBe(n);
  });
});
