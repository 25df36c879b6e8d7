import { describe, expect, it } from 'vitest';
import { parseTitleRank } from '../../../src/domain/graph/parse-title-rank.ts';

describe('parseTitleRank(title)', () => {
  const cases = [
    { input: 'Electrician', expected: { family: 'electrician', rank: 0, word: null } },
    {
      input: 'Electrician Sub-Foreman',
      expected: { family: 'electrician', rank: 3, word: 'sub-foreman' },
    },
    { input: 'Electrician Foreman', expected: { family: 'electrician', rank: 4, word: 'foreman' } },
    {
      input: 'Senior Tool Room Attendant',
      expected: { family: 'tool room attendant', rank: 1, word: 'senior' },
    },
    {
      input: 'Human Resource Assistant Manager',
      expected: { family: 'human resource manager', rank: -1, word: 'assistant' },
    },
    // A uniformed line's ranks.
    { input: 'Police Sergeant', expected: { family: 'police', rank: 2, word: 'sergeant' } },
    { input: 'Police Captain', expected: { family: 'police', rank: 4, word: 'captain' } },
    // "Assistant Chief" is a rung of its own, between a supervisor and the chief.
    {
      input: 'Assistant Chief Building Operating Engineer',
      expected: { family: 'building operating engineer', rank: 6, word: 'assistant chief' },
    },
    // Two rank words make no family; "Associate" is no rank word; a rank word alone is no title.
    { input: 'Assistant Supervisor of Medical Social Services', expected: null },
    {
      input: 'Internal Auditor Associate',
      expected: { family: 'internal auditor associate', rank: 0, word: null },
    },
    { input: 'Supervisor', expected: null },
    // Spellings and senses the corpus may hold.
    {
      input: 'Electrician Sub Foreman',
      expected: { family: 'electrician', rank: 3, word: 'sub-foreman' },
    },
    {
      input: 'Electrician (Foreman)',
      expected: { family: 'electrician', rank: 4, word: 'foreman' },
    },
    {
      input: 'Lead Abatement Inspector',
      expected: { family: 'lead abatement inspector', rank: 0, word: null },
    },
    {
      input: 'Physician Assistant',
      expected: { family: 'physician assistant', rank: 0, word: null },
    },
    { input: 'Mischief Manager', expected: { family: 'mischief manager', rank: 0, word: null } },
  ];
  it.each(cases)('reads "$input"', ({ input, expected }) => {
    expect(parseTitleRank(input)).toEqual(expected);
  });
});
