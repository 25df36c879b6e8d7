import { describe, expect, it } from 'vitest';
import { classifyKsa } from '../../../src/domain/ksa/classify-ksa.ts';
import type { KsaKind } from '../../../src/domain/model/index.ts';

describe('classifyKsa(statement)', () => {
  const cases: {
    input: string;
    expected: { kind: KsaKind | null; proficiency: number | null; prefix?: string | null };
  }[] = [
    {
      input: 'General knowledge of case work activities.',
      expected: { kind: 'knowledge', proficiency: 2, prefix: 'Knowledge of' },
    },
    {
      input: 'Thorough knowledge of social work methods',
      expected: { kind: 'knowledge', proficiency: 4 },
    },
    {
      input: 'Comprehensive knowledge of the principles of social work',
      expected: { kind: 'knowledge', proficiency: 5 },
    },
    {
      input: 'General understanding of public healthcare programs',
      expected: { kind: 'knowledge', proficiency: 2, prefix: 'Understanding of' },
    },
    {
      input: 'Requires working knowledge of community conditions',
      expected: { kind: 'knowledge', proficiency: 3 },
    },
    {
      input: 'Requires advanced technical ability to analyze programs',
      expected: { kind: 'ability', proficiency: 4 },
    },
    {
      input: 'Demonstrated skill in interview techniques of social workers',
      expected: { kind: 'skill', proficiency: 3, prefix: 'Skill in' },
    },
    {
      input: 'skill in conducting interviews',
      expected: { kind: 'skill', proficiency: null, prefix: 'Skill in' },
    },
    {
      input: 'Judgment and decision making skills- the ability to consider costs',
      expected: { kind: 'skill', proficiency: null },
    },
    {
      input: 'Social perceptiveness skills – being aware of others’ reactions',
      expected: { kind: 'skill', proficiency: null },
    },
    {
      input: 'Ability to establish and maintain positive and helpful relationships',
      expected: { kind: 'ability', proficiency: null, prefix: 'Ability to' },
    },
    {
      input: 'good powers of observation and analysis',
      expected: { kind: 'ability', proficiency: 3 },
    },
    { input: 'Supervisory ability.', expected: { kind: 'ability', proficiency: null } },
    {
      input: 'Teamwork (Ability to work well with others)',
      expected: { kind: 'ability', proficiency: null },
    },
    {
      input: 'Computer knowledge (Working knowledge of computers)',
      expected: { kind: 'knowledge', proficiency: null },
    },
    {
      input: 'Broad accounting knowledge (Up-to-date knowledge of accounting)',
      expected: { kind: 'knowledge', proficiency: 4 },
    },
    {
      input: 'Willingness to travel throughout the State',
      expected: { kind: 'other', proficiency: null },
    },
    { input: 'patience', expected: { kind: null, proficiency: null } },
    {
      input: 'basic awareness and sensitivity to issues of cultural diversity',
      expected: { kind: null, proficiency: 1 },
    },
    {
      input: 'Some positions may require specific communication skills, such as Braille',
      expected: { kind: null, proficiency: null },
    },
    {
      input: 'ability to maintain accurate and thorough case management notes',
      expected: { kind: 'ability', proficiency: null },
    },
  ];
  it.each(cases)('reads "$input"', ({ input, expected }) => {
    const head = classifyKsa(input);
    expect(head.kind).toBe(expected.kind);
    expect(head.proficiency).toBe(expected.proficiency);
    if (expected.prefix !== undefined) expect(head.prefix).toBe(expected.prefix);
  });

  it('flags personal characteristics', () => {
    expect(classifyKsa('emotional maturity').characteristic).toBe(true);
    expect(
      classifyKsa('physical condition commensurate with the demands of the position')
        .characteristic,
    ).toBe(true);
    expect(
      classifyKsa('analyzing data, and summarizing material for case records').characteristic,
    ).toBe(false);
  });

  it('drops a leading "Requires" from the text', () => {
    expect(classifyKsa('Requires ability to comply with all agency rules.').text).toBe(
      'ability to comply with all agency rules.',
    );
  });
});
