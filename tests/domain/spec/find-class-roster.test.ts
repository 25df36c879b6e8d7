import { describe, expect, it } from 'vitest';
import {
  bareRosterKey,
  findClassRoster,
  parseCodeLine,
  parseLevelHeader,
  rosterKey,
} from '../../../src/domain/spec/find-class-roster.ts';
import { romanToNumber } from '../../../src/domain/spec/roman-numerals.ts';
import type { LogicalLine } from '../../../src/domain/spec/normalize-lines.ts';

const lines = (texts: string[]): LogicalLine[] =>
  texts.map((text, k) => ({ text, from: k + 1, to: k + 1, lines: [k + 1], indented: false }));

describe('parseLevelHeader(text)', () => {
  it.each([
    [
      'Level I: Medical Social Assistant 0264',
      { level: 1, title: 'Medical Social Assistant', code: '0264' },
    ],
    [
      'Level III: Medical Social Consultant',
      { level: 3, title: 'Medical Social Consultant', code: null },
    ],
    [
      'Level V: Supervisor of Medical Social Services3729',
      { level: 5, title: 'Supervisor of Medical Social Services', code: '3729' },
    ],
    ['Level 2 - Clerk', { level: 2, title: 'Clerk', code: null }],
  ])('%s', (input, expected) => {
    expect(parseLevelHeader(input)).toEqual(expected);
  });

  it.each([
    'Level of work varies by assignment.',
    'Levels of Work',
    'Level I: employees at this level receive training in many things.',
  ])('%s → null', (input) => {
    expect(parseLevelHeader(input)).toBeNull();
  });
});

describe('parseCodeLine(text)', () => {
  it.each([
    ['POSITION CODE: 41311', '41311'],
    ['Class Code: 0010', '0010'],
    ['Class Code 6796', '6796'],
    ['Code is assigned later', null],
  ])('%s → %s', (input, expected) => {
    expect(parseCodeLine(input)).toBe(expected);
  });
});

describe('romanToNumber(token) and rosterKey(text)', () => {
  it.each([
    ['I', 1],
    ['IV', 4],
    ['IX', 9],
    ['XII', 12],
    ['3', 3],
    ['Q', null],
  ])('%s → %s', (input, expected) => {
    expect(romanToNumber(input)).toBe(expected);
  });

  it('ignores case, punctuation, "(Abolished …)" and a trailing "Class"', () => {
    expect(rosterKey('Consumer Liaison Officer (Consumer Affairs) Class')).toBe(
      rosterKey(
        'CONSUMER LIAISON OFFICER (CONSUMER AFFAIRS) (Abolished 01/07/2016 per Pay Letter 16-05)',
      ),
    );
  });
});

describe('bareRosterKey(text)', () => {
  const cases = [
    { input: 'Office Services Supervisor I (General)', expected: 'office services supervisor i' },
    { input: 'Office Services Supervisor (Typing) I', expected: 'office services supervisor i' },
    {
      input: 'STAFF SERVICES ANALYST (GENERAL) (Abolished 2016)',
      expected: 'staff services analyst',
    },
    { input: 'Accountant II', expected: 'accountant ii' },
  ];
  for (const { input, expected } of cases) {
    it(`gives "${expected}" for "${input}"`, () => expect(bareRosterKey(input)).toBe(expected));
  }
});

describe('findClassRoster(lines)', () => {
  it('finds the classes of level headings, with codes on the next line', () => {
    const roster = findClassRoster(
      lines(['Level I: Assistant 0264', 'text', 'Level II: Associate', '4260', 'text']),
    );
    expect(roster.entries.map((e) => [e.title, e.code, e.explicitLevel])).toEqual([
      ['Assistant', '0264', 1],
      ['Associate', '4260', 2],
    ]);
  });

  it('finds a TITLE + POSITION CODE pair', () => {
    const roster = findClassRoster(
      lines([
        'SERIES',
        'SOCIAL SERVICE PLANNER I',
        'POSITION CODE: 41311',
        'DISTINGUISHING FEATURES OF WORK:',
      ]),
    );
    expect(roster.entries.map((e) => [e.title, e.code])).toEqual([
      ['SOCIAL SERVICE PLANNER I', '41311'],
    ]);
  });

  it('falls back to one class titled by the first title-like line', () => {
    const roster = findClassRoster(
      lines(['INTENSIVE CASE MANAGER', 'DISTINGUISHING FEATURES OF THE CLASS: This position…']),
    );
    expect(roster.entries.map((e) => [e.title, e.origin])).toEqual([
      ['INTENSIVE CASE MANAGER', 'single'],
    ]);
    expect(roster.titleIndex).toBe(0);
  });
});
