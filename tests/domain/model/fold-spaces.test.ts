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

describe('foldSpaces(text) against the replace it stands for', () => {
  // Every character `\s` matches, found by asking the regular expression itself.
  const spaces = Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c)).filter((ch) =>
    /\s/.test(ch),
  );

  it.each(spaces.map((ch) => [ch.charCodeAt(0).toString(16), ch]))(
    'folds U+%s inside, at either end and doubled as the replace would',
    (_code, ch) => {
      for (const text of [`a${ch}b`, `${ch}a b`, `a b${ch}`, `a ${ch}b`, `a${ch}${ch}b`, ch]) {
        expect(foldSpaces(text)).toBe(text.replace(/\s+/g, ' ').trim());
      }
    },
  );

  it('leaves text with single plain spaces alone, whatever else it holds', () => {
    const text = 'Knowledge of x\u200bz – “quotes”, tabs\u00adnot, 12½';
    expect(foldSpaces(text)).toBe(text);
  });
});
