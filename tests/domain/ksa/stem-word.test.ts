import { describe, expect, it } from 'vitest';
import { stemWord } from '../../../src/domain/ksa/stem-word.ts';
import {
  ksaStemId,
  tokenizeKsaIds,
  tokenizeKsaText,
} from '../../../src/domain/ksa/tokenize-ksa-text.ts';

describe('stemWord(word)', () => {
  const families: { input: string[]; expected: string }[] = [
    { input: ['interview', 'interviews', 'interviewing', 'interviewer'], expected: 'interview' },
    { input: ['counsel', 'counseling', 'counselling', 'counselor'], expected: 'counsel' },
    {
      input: ['supervise', 'supervision', 'supervisory', 'supervising', 'supervisor'],
      expected: 'supervis',
    },
    { input: ['manage', 'management', 'manager', 'managing'], expected: 'manag' },
    { input: ['communicate', 'communicating', 'communication'], expected: 'communic' },
    { input: ['organize', 'organizing', 'organized'], expected: 'organ' },
    { input: ['organization', 'organizations', 'organizational'], expected: 'organization' },
    { input: ['relationships', 'relations', 'relate'], expected: 'relat' },
    { input: ['plan', 'planning', 'planner'], expected: 'plan' },
    { input: ['community', 'communities'], expected: 'commun' },
    { input: ['regulation', 'regulations', 'regulatory'], expected: 'regul' },
    { input: ['cultural', 'culture', 'culturally'], expected: 'cultur' },
    { input: ['write', 'writing', 'writer'], expected: 'writ' },
  ];
  it.each(families)('folds $input onto "$expected"', ({ input, expected }) => {
    for (const word of input) expect(stemWord(word), word).toBe(expected);
  });

  const apart: { input: [string, string] }[] = [
    { input: ['policy', 'police'] },
    { input: ['program', 'programming'] },
    { input: ['written', 'write'] },
    { input: ['organize', 'organism'] },
    { input: ['mental', 'mentor'] },
    { input: ['adoption', 'adopt'] },
    { input: ['custodial', 'custody'] },
    { input: ['reference', 'referral'] },
    { input: ['computation', 'computer'] },
    { input: ['managerial', 'manage'] },
    { input: ['surveying', 'survey'] },
    { input: ['surveyor', 'surveys'] },
    { input: ['compute', 'computer'] },
    { input: ['securities', 'security'] },
    { input: ['tactical', 'tact'] },
    { input: ['medical', 'medicine'] },
    { input: ['operations', 'operate'] },
    { input: ['organization', 'organize'] },
    { input: ['analyst', 'analysis'] },
    { input: ['analyzer', 'analyze'] },
  ];
  it.each(apart)('keeps $input apart', ({ input: [a, b] }) => {
    expect(stemWord(a)).not.toBe(stemWord(b));
  });
});

describe('tokenizeKsaText(text)', () => {
  it('drops stop words and possessives and splits compounds', () => {
    expect(tokenizeKsaText("Knowledge of the agency's casework")).toEqual([
      'knowledg',
      'agenc',
      'case',
      'work',
    ]);
  });

  it('splits hyphenated and slashed words', () => {
    expect(tokenizeKsaText('decision-making and/or problem solving')).toEqual([
      'decis',
      'mak',
      'problem',
      'solv',
    ]);
  });
});

describe('tokenizeKsaIds(text)', () => {
  const texts = [
    "Knowledge of the agency's casework",
    'decision-making and/or problem solving',
    'Ability to communicate effectively, both orally and in writing (English/Spanish).',
    'SKILL IN MS EXCEL; 2nd-level healthcare counselling',
    '  ',
    "the client\u2019s rights\u2014and one's own",
  ];

  it.each(texts)('gives the stem ids of tokenizeKsaText: %j', (text) => {
    expect(tokenizeKsaIds(text)).toEqual(tokenizeKsaText(text).map(ksaStemId));
  });

  it('gives one stem one id, and other stems other ids', () => {
    const [interview, again, counsel] = tokenizeKsaIds('interviews interviewing counseling');
    expect(interview).toBe(again);
    expect(counsel).not.toBe(interview);
    expect(ksaStemId('interview')).toBe(interview);
  });
});
