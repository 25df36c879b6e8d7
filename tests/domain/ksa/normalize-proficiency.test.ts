import { describe, expect, it } from 'vitest';
import {
  normalizeProficiency,
  proficiencyLabel,
} from '../../../src/domain/ksa/normalize-proficiency.ts';

describe('normalizeProficiency(word)', () => {
  const cases: { input: string; expected: number | null }[] = [
    { input: 'basic', expected: 1 },
    { input: 'Elementary', expected: 1 },
    { input: 'some', expected: 1 },
    { input: 'general', expected: 2 },
    { input: 'working', expected: 3 },
    { input: 'Good', expected: 3 },
    { input: 'considerable', expected: 3 },
    { input: 'demonstrated', expected: 3 },
    { input: 'thorough', expected: 4 },
    { input: 'advanced', expected: 4 },
    { input: 'In-depth', expected: 4 },
    { input: 'well  developed', expected: 4 },
    { input: 'extensive', expected: 5 },
    { input: 'COMPREHENSIVE', expected: 5 },
    { input: 'expert', expected: 5 },
    { input: 'modern', expected: null },
    { input: '', expected: null },
  ];
  it.each(cases)('reads "$input" as $expected', ({ input, expected }) => {
    expect(normalizeProficiency(input)).toBe(expected);
  });

  it('orders the model’s scale: basic < general < working < thorough < extensive', () => {
    const levels = ['basic', 'general', 'working', 'thorough', 'extensive'].map(
      normalizeProficiency,
    );
    expect(levels).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('proficiencyLabel(level, word)', () => {
  it('keeps the word the statement used, with the level it stands for when it is not its name', () => {
    expect(proficiencyLabel(4, 'in-depth')).toBe('in-depth (thorough)');
    expect(proficiencyLabel(3, 'good')).toBe('good (working)');
    expect(proficiencyLabel(4, 'thorough')).toBe('thorough');
  });

  it("gives the level's plain name when the statement used none, each read back to its level", () => {
    expect([1, 2, 3, 4, 5].map((level) => proficiencyLabel(level, null))).toEqual([
      'basic',
      'general',
      'working',
      'thorough',
      'extensive',
    ]);
    for (const level of [1, 2, 3, 4, 5])
      expect(normalizeProficiency(proficiencyLabel(level, null))).toBe(level);
  });
});
