import { describe, expect, it } from 'vitest';
import { parseKsas } from '../../../src/domain/ksa/parse-ksas.ts';
import type { Ksa } from '../../../src/domain/model/index.ts';
import { numbered, seedLines } from './fixtures.ts';

const SUCSS = 'il-sucss-medical-social-services-series.txt';
const WESTCHESTER = 'westchester-ny-case-manager-ii-social-work.txt';
const INTENSIVE = 'ny-county-intensive-case-manager.txt';
const CAS = 'md-county-client-assistance-specialist.txt';
const CMS = 'il-cms-social-service-planner-series.txt';

const parse = (file: string, from: number, to: number): Ksa[] =>
  parseKsas(seedLines(file, from, to), { file }).value;

describe('parseKsas(lines, options) on the SUCSS seed', () => {
  // The KSA lists of the five levels, by line range (read off the seed).
  const levels = [
    { level: 'I Medical Social Assistant', from: 127, to: 133, count: 7 },
    { level: 'II Medical Social Associate', from: 148, to: 158, count: 10 },
    { level: 'III Medical Social Consultant', from: 176, to: 186, count: 10 },
    { level: 'IV Assistant Supervisor', from: 204, to: 214, count: 10 },
    { level: 'V Supervisor', from: 232, to: 242, count: 10 },
  ];

  it.each(levels)('gives level $level its $count KSAs', ({ from, to, count }) => {
    expect(parse(SUCSS, from, to)).toHaveLength(count);
  });

  it.each(levels)('matches every statement of level $level to a competency', ({ from, to }) => {
    for (const ksa of parse(SUCSS, from, to)) expect(ksa.competencies, ksa.text).not.toEqual([]);
  });

  it('keeps the heading line out and the statements whole, with their kinds and proficiency', () => {
    const withHeading = parseKsas(seedLines(SUCSS, 125, 133), { file: SUCSS }).value;
    expect(withHeading.map((k) => [k.line, k.kind, k.proficiency, k.proficiencyWord])).toEqual([
      [127, 'knowledge', 2, 'general'],
      [128, 'knowledge', 2, 'general'],
      [129, 'knowledge', 2, 'general'],
      [130, 'skill', null, null],
      [131, 'skill', null, null],
      [132, 'ability', null, null],
      [133, 'ability', null, null],
    ]);
    expect(withHeading[0]?.text).toBe('General knowledge of case work activities');
  });

  it('reads the O*NET descriptors the seed quotes', () => {
    const associate = parse(SUCSS, 148, 158);
    const byLine = (line: number): string[] =>
      associate.find((k) => k.line === line)?.competencies ?? [];
    expect(byLine(152)).toContain('2.C.4.e'); // Knowledge of psychology concerning human behavior
    expect(byLine(153)).toContain('rungs:interviewing'); // Demonstrated skill in interview techniques
    expect(byLine(154)).toContain('2.B.2.i'); // Complex problem solving skills
    expect(byLine(155)).toContain('2.B.4.e'); // Judgment and decision making skills
    expect(byLine(156)).toContain('2.B.1.a'); // Social perceptiveness skills
    expect(associate.find((k) => k.line === 153)?.proficiency).toBe(3); // "Demonstrated"
  });
});

describe('parseKsas(lines, options) on run-on paragraphs', () => {
  it('splits the Case Manager II paragraph into its 12 statements', () => {
    const ksas = parse(WESTCHESTER, 39, 39);
    expect(ksas.map((k) => [k.kind, k.proficiency, k.text])).toEqual([
      ['knowledge', 3, 'Good knowledge of modern principles and techniques of social work'],
      [
        'knowledge',
        3,
        'Good knowledge of community medical and mental health programs and related laws and regulations',
      ],
      [
        'knowledge',
        3,
        'Good knowledge of the sociological and psychological aspects of illness and of its relationship to family life',
      ],
      ['skill', null, 'Skill in conducting interviews'],
      ['skill', null, 'Skill in analyzing data, and summarizing material for case records'],
      [
        'ability',
        null,
        'Ability to establish and maintain a successful relationship with patients',
      ],
      [
        'ability',
        null,
        'Ability to read, write, speak, understand, and communicate in English sufficiently to perform the essential duties of the position',
      ],
      [
        'ability',
        null,
        'Ability to use computer applications such as spreadsheets, word processing, e-mail and database software',
      ],
      ['ability', 3, 'Good powers of observation and analysis'],
      ['other', null, 'Patience'],
      ['other', null, 'Emotional maturity'],
      ['other', null, 'Physical condition commensurate with the demands of the position'],
    ]);
    expect(ksas.every((k) => k.line === 39)).toBe(true);
    expect(ksas[3]?.competencies).toContain('rungs:interviewing');
  });

  it('splits the Intensive Case Manager paragraph, heading hyphenated across lines, into its 12 statements', () => {
    const ksas = parse(INTENSIVE, 43, 45);
    expect(ksas).toHaveLength(12);
    expect(ksas.map((k) => k.kind)).toEqual([
      'knowledge',
      'knowledge',
      'knowledge',
      'knowledge',
      'ability',
      'ability',
      'ability',
      'ability',
      'ability',
      'other',
      'other',
      'ability',
    ]);
    expect(ksas.slice(0, 4).map((k) => k.proficiencyWord)).toEqual([
      'comprehensive',
      'thorough',
      'good',
      'good',
    ]);
    expect(ksas[0]?.text).toBe(
      'Comprehensive knowledge of the principles, methods, procedures and practices of social work',
    );
    expect(ksas[10]).toMatchObject({
      text: 'Basic awareness and sensitivity to issues of cultural diversity',
      proficiency: 1,
    });
    expect(ksas[11]?.text).toBe(
      'Ability to work effectively with people from different social, cultural, or economic backgrounds',
    );
    expect(ksas.every((k) => k.line === 45)).toBe(true);
  });
});

describe('parseKsas(lines, options) on grouped bullets', () => {
  it('gives the Client Assistance Specialist groups their kind and inherited proficiency', () => {
    const ksas = parse(CAS, 73, 94);
    expect(ksas.map((k) => [k.line, k.kind, k.proficiency])).toEqual([
      [77, 'knowledge', 4],
      [81, 'knowledge', 4],
      [82, 'knowledge', 4],
      [86, 'skill', null],
      [87, 'skill', null],
      [88, 'skill', null],
      [89, 'skill', null],
      [90, 'skill', null],
      [94, 'ability', null],
    ]);
    expect(ksas[0]?.proficiencyWord).toBe('thorough');
    expect(ksas[0]?.text).toMatch(
      /^Knowledge of the basic principles, .* methods of identifying and assessing facts/,
    );
    expect(ksas[0]?.competencies).toContain('rungs:trauma-victimization');
    expect(ksas[2]?.competencies).toContain('rungs:volunteer-management');
    expect(ksas[3]?.text.startsWith('Skill in problem solving')).toBe(true);
    expect(ksas[8]?.text.startsWith('Ability to perform work at locations')).toBe(true);
  });
});

describe('parseKsas(lines, options) on "Requires" lines', () => {
  it('reads the Social Service Community Planner list', () => {
    const ksas = parse(CMS, 63, 77);
    expect(ksas.map((k) => [k.line, k.kind, k.proficiencyWord])).toEqual([
      [65, 'knowledge', 'working'],
      [67, 'knowledge', 'working'],
      [69, 'ability', null],
      [71, 'ability', null],
      [73, 'ability', null],
      [75, 'ability', null],
      [77, 'ability', null],
    ]);
    expect(ksas[0]?.text).toBe('Working knowledge of community conditions and services');
    expect(ksas[0]?.competencies).toContain('rungs:community-resources');
  });
});

describe('parseKsas(lines, options) diagnostics', () => {
  it('reports each statement that matches no competency as info, naming file, line and class', () => {
    const r = parseKsas(
      numbered('Knowledge of psychology.', 'Ability to apply the required knowledge.'),
      { file: 'f.txt', classId: 'x:1' },
    );
    expect(r.value).toHaveLength(2);
    expect(r.value[1]?.competencies).toEqual([]);
    expect(r.diagnostics).toEqual([
      expect.objectContaining({
        code: 'unmatched-ksa',
        severity: 'info',
        file: 'f.txt',
        line: 2,
        classId: 'x:1',
        text: 'Ability to apply the required knowledge',
      }),
    ]);
  });

  it('keeps competencies and matches in step, strongest first', () => {
    for (const k of parse(WESTCHESTER, 39, 39)) {
      expect(k.competencies).toEqual(k.matches.map((m) => m.id));
    }
  });

  it('never throws on seeded random fragments of KSA wording', () => {
    const pool = [
      'Knowledge of:',
      'Skill in:',
      '- ',
      '1. ',
      'Requires',
      'thorough',
      'ability to',
      ';',
      ':',
      '(',
      ')',
      'CHARAC-',
      'TERISTICS:',
      'All of the above, and',
      'patience',
      '\ufffd',
      '**',
      '<u>',
      'and',
      'social work',
      '.',
      'Level A',
    ];
    let seed = 42;
    const next = (): number => (seed = (seed * 16807) % 2147483647);
    for (let run = 0; run < 200; run++) {
      const lines = Array.from({ length: 1 + (next() % 6) }, () =>
        Array.from({ length: next() % 8 }, () => pool[next() % pool.length]).join(
          next() % 2 ? ' ' : '',
        ),
      );
      expect(() => parseKsas(numbered(...lines), { file: 'fuzz.txt' })).not.toThrow();
    }
  });

  it('returns nothing and no error for an empty section', () => {
    expect(parseKsas([], { file: 'f.txt' })).toEqual({ value: [], diagnostics: [] });
    expect(parseKsas(numbered('', '  '), { file: 'f.txt' })).toEqual({
      value: [],
      diagnostics: [],
    });
  });
});
