import { describe, expect, it } from 'vitest';
import { normalizeQualificationText, splitSentences } from '../../../src/domain/qualifications/split-sentences.ts';

describe('splitSentences(text)', () => {
  const cases: { input: string; expected: [text: string, lead: 'and' | 'or' | null][] }[] = [
    {
      input: 'Education: Equivalent to graduation from college. (Additional qualifying experience may be substituted for the required education on a year-for-year basis.)',
      expected: [
        ['Education: Equivalent to graduation from college.', null],
        ['(Additional qualifying experience may be substituted for the required education on a year-for-year basis.)', null],
      ],
    },
    {
      input: 'One year performing the duties of a Dairy Foods Specialist, Range B. or Three years of inspection work.',
      expected: [
        ['One year performing the duties of a Dairy Foods Specialist, Range B.', null],
        ['Three years of inspection work.', 'or'],
      ],
    },
    {
      input: 'Five years of experience in agriculture. and Education: Equivalent to graduation from college.',
      expected: [
        ['Five years of experience in agriculture.', null],
        ['Education: Equivalent to graduation from college.', 'and'],
      ],
    },
    {
      input: 'Experience in one of the following: 1. Sale of properties. 2. Negotiating loans (e.g. for a bank).',
      expected: [
        ['Experience in one of the following:', null],
        ['1. Sale of properties.', null],
        ['2. Negotiating loans (e.g. for a bank).', null],
      ],
    },
    {
      // Spaced initials are one word; a lone letter that ends a sentence still ends it.
      input: 'Applicants must have applied for U. S. Citizenship. Experience in Group A. Two years of work.',
      expected: [
        ['Applicants must have applied for U. S. Citizenship.', null],
        ['Experience in Group A.', null],
        ['Two years of work.', null],
      ],
    },
  ];
  for (const { input, expected } of cases) {
    it(`splits ${JSON.stringify(input.slice(0, 60))}`, () => {
      expect(splitSentences(input).map((s) => [s.text, s.lead])).toEqual(expected);
    });
  }

  it('gives no sentences for an empty text', () => {
    expect(splitSentences('   ')).toEqual([]);
  });
});

describe('normalizeQualificationText(text)', () => {
  it('drops extraction artefacts: bold marks, footnote stars, U+FFFD and curly quotes', () => {
    expect(normalizeQualificationText("Bachelor’s Degree* in **Social Work** for a Supervisor\uFFFDIII")).toBe(
      "Bachelor's Degree in Social Work for a Supervisor III",
    );
  });
});
