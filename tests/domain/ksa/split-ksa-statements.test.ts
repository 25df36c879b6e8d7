import { describe, expect, it } from 'vitest';
import { splitKsaStatements } from '../../../src/domain/ksa/split-ksa-statements.ts';
import type { KsaKind } from '../../../src/domain/model/index.ts';
import { numbered } from './fixtures.ts';

type Expected = { text: string; kind: KsaKind; proficiency: number | null; line?: number };

function split(lines: string[], onePerLine = false): Expected[] {
  return splitKsaStatements(numbered(...lines), { file: 't.txt', onePerLine }).statements.map(
    (s) => ({
      text: s.text,
      kind: s.kind,
      proficiency: s.proficiency,
      line: s.line ?? undefined,
    }),
  );
}

describe('splitKsaStatements(lines, options)', () => {
  const cases: { name: string; input: string[]; expected: Expected[] }[] = [
    {
      name: 'numbered items, one statement each, trailing period dropped',
      input: [
        '1. General knowledge of case work activities.',
        '',
        '2. Ability to work independently.',
      ],
      expected: [
        {
          text: 'General knowledge of case work activities',
          kind: 'knowledge',
          proficiency: 2,
          line: 1,
        },
        { text: 'Ability to work independently', kind: 'ability', proficiency: null, line: 3 },
      ],
    },
    {
      name: 'a run-on paragraph split at top-level semicolons, the section heading stripped',
      input: [
        'FULL PERFORMANCE KNOWLEDGE, SKILLS, ABILITIES AND ATTRIBUTES: Good knowledge of X (a; b); skill in conducting interviews; analyzing data, and summarizing material; patience.',
      ],
      expected: [
        { text: 'Good knowledge of X (a; b)', kind: 'knowledge', proficiency: 3 },
        { text: 'Skill in conducting interviews', kind: 'skill', proficiency: null },
        {
          text: 'Skill in analyzing data, and summarizing material',
          kind: 'skill',
          proficiency: null,
        },
        { text: 'Patience', kind: 'other', proficiency: null },
      ],
    },
    {
      name: 'a heading hyphenated across lines',
      input: [
        'FULL PERFORMANCE KNOWLEDGES, SKILLS, ABILITIES, AND PERSONAL CHARAC-',
        '',
        'TERISTICS: Thorough knowledge of Y; and ability to Z.',
      ],
      expected: [
        { text: 'Thorough knowledge of Y', kind: 'knowledge', proficiency: 4, line: 3 },
        { text: 'Ability to Z', kind: 'ability', proficiency: null, line: 3 },
      ],
    },
    {
      name: 'grouped bullets inherit kind and proficiency; a wrapped bullet continues',
      input: [
        'Thorough Knowledge of:',
        '- The basic principles of',
        '',
        'social-human services.',
        '- Multiple factors: a; b.',
        'Skill in:',
        '- Problem solving.',
        'Ability to:',
        '- Perform work outside an office.',
      ],
      expected: [
        {
          text: 'Knowledge of the basic principles of social-human services',
          kind: 'knowledge',
          proficiency: 4,
          line: 2,
        },
        { text: 'Knowledge of multiple factors: a; b', kind: 'knowledge', proficiency: 4, line: 5 },
        { text: 'Skill in problem solving', kind: 'skill', proficiency: null, line: 7 },
        {
          text: 'Ability to perform work outside an office',
          kind: 'ability',
          proficiency: null,
          line: 9,
        },
      ],
    },
    {
      name: 'CMS "Requires" lines',
      input: [
        'Knowledge, Skills and Abilities',
        'Requires working knowledge of community conditions and services.',
        'Requires ability to effectively communicate ideas in written and oral form.',
      ],
      expected: [
        {
          text: 'Working knowledge of community conditions and services',
          kind: 'knowledge',
          proficiency: 3,
          line: 2,
        },
        {
          text: 'Ability to effectively communicate ideas in written and oral form',
          kind: 'ability',
          proficiency: null,
          line: 3,
        },
      ],
    },
    {
      name: 'CalHR "Knowledge of:" / "Ability to:" paragraphs with a class label and "All of the above"',
      input: [
        'Knowledge and Abilities',
        'Agricultural Technician II',
        'Knowledge of: Provisions of the relevant codes; California agricultural conditions.',
        'Ability to: All of the above, and read maps; and instruct others.',
      ],
      expected: [
        {
          text: 'Knowledge of provisions of the relevant codes',
          kind: 'knowledge',
          proficiency: null,
          line: 3,
        },
        {
          text: 'Knowledge of California agricultural conditions',
          kind: 'knowledge',
          proficiency: null,
          line: 3,
        },
        { text: 'Ability to read maps', kind: 'ability', proficiency: null, line: 4 },
        { text: 'Ability to instruct others', kind: 'ability', proficiency: null, line: 4 },
      ],
    },
    {
      name: 'a level label before an inline group',
      input: [
        'All Levels: Knowledge of: Principles of supervision.',
        'Supervising Investigator I: Ability to: Plan work; direct staff.',
      ],
      expected: [
        {
          text: 'Knowledge of principles of supervision',
          kind: 'knowledge',
          proficiency: null,
          line: 1,
        },
        { text: 'Ability to plan work', kind: 'ability', proficiency: null, line: 2 },
        { text: 'Ability to direct staff', kind: 'ability', proficiency: null, line: 2 },
      ],
    },
    {
      name: 'an inline group heads only its own paragraph',
      input: [
        'Ability to: Follow directions.',
        'Special Personal Characteristic',
        'Willingness to work in an institutional setting.',
      ],
      expected: [
        { text: 'Ability to follow directions', kind: 'ability', proficiency: null, line: 1 },
        {
          text: 'Willingness to work in an institutional setting',
          kind: 'other',
          proficiency: null,
          line: 3,
        },
      ],
    },
    {
      name: 'two heads in one paragraph',
      input: ['Knowledge of: A; B. Ability to: C; D.'],
      expected: [
        { text: 'Knowledge of A', kind: 'knowledge', proficiency: null },
        { text: 'Knowledge of B', kind: 'knowledge', proficiency: null },
        { text: 'Ability to C', kind: 'ability', proficiency: null },
        { text: 'Ability to D', kind: 'ability', proficiency: null },
      ],
    },
    {
      name: 'unpunctuated rows that each open a statement stay apart',
      input: [
        'Ability to operate office accounting machines and equipment',
        'Written composition (Ability to compose complex written material; knowledge of grammar)',
      ],
      expected: [
        {
          text: 'Ability to operate office accounting machines and equipment',
          kind: 'ability',
          proficiency: null,
          line: 1,
        },
        {
          text: 'Written composition (Ability to compose complex written material; knowledge of grammar)',
          kind: 'ability',
          proficiency: null,
          line: 2,
        },
      ],
    },
    {
      name: 'artefacts: ** and <u> markers, non-breaking spaces',
      input: ['<u>KNOWLEDGE, SKILLS AND ABILITIES</u>', '**1.**\u00a0Knowledge of psychology.'],
      expected: [
        { text: 'Knowledge of psychology', kind: 'knowledge', proficiency: null, line: 2 },
      ],
    },
  ];
  it.each(cases)('$name', ({ input, expected }) => {
    const got = split(input);
    expect(got.map(({ text, kind, proficiency }) => ({ text, kind, proficiency }))).toEqual(
      expected.map(({ text, kind, proficiency }) => ({ text, kind, proficiency })),
    );
    expected.forEach((e, i) => {
      if (e.line !== undefined) expect(got[i]?.line, e.text).toBe(e.line);
    });
  });

  it('keeps each row whole with onePerLine (il-sucss ksa.csv)', () => {
    const rows = ['Knowledge of X; Y', 'Supervisory ability.'];
    expect(split(rows, true).map((s) => s.text)).toEqual([
      'Knowledge of X; Y',
      'Supervisory ability',
    ]);
  });

  it('reports an "All of the above" item that names nothing itself, and keeps no statement for it', () => {
    const r = splitKsaStatements(numbered('Ability to: All of the above.'), {
      file: 't.txt',
      classId: 'x:1',
    });
    expect(r.statements).toEqual([]);
    expect(r.diagnostics).toEqual([
      expect.objectContaining({
        code: 'unplaced-text',
        severity: 'info',
        line: 1,
        classId: 'x:1',
        file: 't.txt',
      }),
    ]);
  });

  it('never throws on odd input', () => {
    const odd = [
      [''],
      ['   '],
      [':'],
      [';;;'],
      ['- '],
      ['1.'],
      ['Knowledge of:'],
      ['(((('],
      ['\ufffd\ufffd'],
      ['Skill in:', '', ''],
    ];
    for (const lines of odd)
      expect(() => splitKsaStatements(numbered(...lines), { file: 't.txt' })).not.toThrow();
  });
});
