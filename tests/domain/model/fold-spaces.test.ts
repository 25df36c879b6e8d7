import { describe, expect, it } from 'vitest';
import { foldSpaces } from '../../../src/domain/model/index.ts';

describe('foldSpaces(text)', () => {
  it.each([
    { input: 'Two years of experience', expected: 'Two years of experience' },
    { input: 'Two  years of experience', expected: 'Two years of experience' },
    { input: 'Two\tyears\nof experience', expected: 'Two years of experience' },
    { input: ' Two years ', expected: 'Two years' },
    { input: 'Two\u00a0years', expected: 'Two years' },
    { input: '\n', expected: '' },
    { input: '', expected: '' },
  ])('folds $input to $expected', ({ input, expected }) => {
    expect(foldSpaces(input)).toBe(expected);
  });

  it('gives back the very string when there is nothing to fold', () => {
    const text = 'Knowledge of budgeting';
    expect(foldSpaces(text)).toBe(text);
  });
});
