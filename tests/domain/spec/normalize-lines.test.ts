import { describe, expect, it } from 'vitest';
import { normalizeLines } from '../../../src/domain/spec/normalize-lines.ts';
import { parseHeading } from '../../../src/domain/spec/parse-heading.ts';

const run = (raw: string[]) =>
  normalizeLines(raw, { file: 'x.txt', isHeading: (t) => parseHeading(t)?.rest === '' });

describe('normalizeLines(raw, options)', () => {
  it.each<{ name: string; input: string[]; expected: [string, number, number][] }>([
    {
      name: 'strips CR, odd spaces and invisible characters',
      input: ['Typical\u00a0Tasks\r', '\u200bBW06\t\u200b1040\tBoating Facilities Manager I'],
      expected: [
        ['Typical Tasks', 1, 1],
        ['BW06\t1040\tBoating Facilities Manager I', 2, 2],
      ],
    },
    {
      name: 'removes paired ** bold markers and keeps single footnote marks',
      input: [
        'Level I: Medical Social Assistant **0264**',
        '',
        'A human services field** and two.',
        '',
        '**A "human service field" includes',
      ],
      expected: [
        ['Level I: Medical Social Assistant 0264', 1, 1],
        ['A human services field** and two.', 3, 3],
        ['**A "human service field" includes', 5, 5],
      ],
    },
    {
      name: 'removes <u> tags',
      input: [
        '<u>CLASS TITLE</u>\t<u>POSITION CODE</u>',
        '<u>TYPICAL WORK ACTIVITIES</u>: The typical…',
      ],
      expected: [
        ['CLASS TITLE\tPOSITION CODE', 1, 1],
        ['TYPICAL WORK ACTIVITIES: The typical…', 2, 2],
      ],
    },
    {
      name: 'drops struck-out text',
      input: ['representatives from agencies, ~~and~~ the community'],
      expected: [['representatives from agencies, the community', 1, 1]],
    },
    {
      name: 'joins a word hyphenated across lines, over a blank line',
      input: [
        'FULL PERFORMANCE KNOWLEDGES, SKILLS, ABILITIES, AND PERSONAL CHARAC-',
        '',
        'TERISTICS: Comprehensive knowledge',
      ],
      expected: [
        [
          'FULL PERFORMANCE KNOWLEDGES, SKILLS, ABILITIES, AND PERSONAL CHARACTERISTICS: Comprehensive knowledge',
          1,
          3,
        ],
      ],
    },
    {
      name: 'joins a list item wrapped over blank lines',
      input: [
        'Provides treatment services to clients who are at high',
        '',
        'risk for psychiatric re-hospitalization;',
        '',
        'Provides intensive case management;',
      ],
      expected: [
        [
          'Provides treatment services to clients who are at high risk for psychiatric re-hospitalization;',
          1,
          3,
        ],
        ['Provides intensive case management;', 5, 5],
      ],
    },
    {
      name: 'joins across a page header, which it takes out',
      input: [
        'two (2) years of experience',
        '',
        'INTENSIVE CASE MANAGER Page 3',
        '',
        'in providing direct services',
      ],
      expected: [['two (2) years of experience in providing direct services', 1, 5]],
    },
    {
      name: 'joins indented continuation lines',
      input: [
        '- (B) Possession of a New York',
        " State Teacher's Certificate and four years of",
        ' experience as indicated in (A) above; or',
      ],
      expected: [
        [
          "- (B) Possession of a New York State Teacher's Certificate and four years of experience as indicated in (A) above; or",
          1,
          3,
        ],
      ],
    },
    {
      name: 'does not join after a sentence end, a heading, or onto a lone connector',
      input: [
        'One year of experience.',
        '',
        'and two more.',
        'Typical Tasks',
        '',
        'does things',
        'Experience: five years of work',
        '',
        'or',
        '',
        'Education: college',
      ],
      expected: [
        ['One year of experience.', 1, 1],
        ['and two more.', 3, 3],
        ['Typical Tasks', 4, 4],
        ['does things', 6, 6],
        ['Experience: five years of work', 7, 7],
        ['or', 9, 9],
        ['Education: college', 11, 11],
      ],
    },
    {
      name: 'never joins table rows',
      input: ['Schem Code\tClass Code\tClass', '', 'AT56\t0175\tsupervising vet'],
      expected: [
        ['Schem Code\tClass Code\tClass', 1, 1],
        ['AT56\t0175\tsupervising vet', 3, 3],
      ],
    },
  ])('$name', ({ input, expected }) => {
    const { value } = run(input);
    expect(value.lines.map((l) => [l.text, l.from, l.to])).toEqual(expected);
  });

  it('records page headers as artefacts with the title they repeat', () => {
    const { value } = run(['text', 'INTENSIVE CASE MANAGER Page 2', 'Page 3 of 4']);
    expect(value.artefacts).toEqual([
      { line: 2, text: 'INTENSIVE CASE MANAGER Page 2', title: 'INTENSIVE CASE MANAGER' },
      { line: 3, text: 'Page 3 of 4', title: null },
    ]);
  });

  it('does not take a sentence ending in "page 2" for a header', () => {
    expect(run(['See the form on Page 2']).value.lines).toHaveLength(1);
  });

  it('keeps U+FFFD and reports it once per file', () => {
    const { value, diagnostics } = run(['Caf\ufffd.', 'Na\ufffdve \ufffd.']);
    expect(value.lines[0]?.text).toBe('Caf\ufffd.');
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({
      code: 'replacement-character',
      severity: 'info',
      line: 1,
    });
    expect(diagnostics[0]?.message).toContain('3 character');
  });

  it('reports struck-out text with the text it dropped', () => {
    const { diagnostics } = run(['a ~~b~~ c']);
    expect(diagnostics).toEqual([
      expect.objectContaining({ code: 'struck-text', line: 1, text: 'b' }),
    ]);
  });

  it('keeps every source line number of a joined line', () => {
    const { value } = run(['one', '', 'two', '', 'three']);
    expect(value.lines[0]?.lines).toEqual([1, 3, 5]);
  });
});
