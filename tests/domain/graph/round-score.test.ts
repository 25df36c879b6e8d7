import { describe, expect, it } from 'vitest';
import { roundScore } from '../../../src/domain/graph/round-score.ts';

describe('roundScore(x)', () => {
  const cases = [
    { input: 0.38416, expected: 0.384 },
    { input: 0.6175, expected: 0.618 },
    { input: 0.0004, expected: 0 },
    { input: 1, expected: 1 },
  ];
  for (const { input, expected } of cases) {
    it(`rounds ${input} to ${expected}`, () => {
      expect(roundScore(input)).toBe(expected);
    });
  }
});
