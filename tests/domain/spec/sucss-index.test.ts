import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as ksaModule from '../../../src/domain/ksa/parse-ksas.ts';
import * as qualificationsModule from '../../../src/domain/qualifications/parse-qualifications.ts';
import {
  excelDateToIso,
  isSucssRootIndexHeader,
  normalizeSucssCode,
  parseSucssIndex,
} from '../../../src/domain/spec/sucss-index.ts';

// The KSA and qualification parsers are wrapped (not replaced) so the test can check exactly which
// rows the index reader hands them, whatever those parsers make of the rows.
vi.mock('../../../src/domain/ksa/parse-ksas.ts', { spy: true });
vi.mock('../../../src/domain/qualifications/parse-qualifications.ts', { spy: true });

// A small export in the real layout (see ../shared/corpus/README.md "il-sucss/").
const ROOT_INDEX = [
  'Class Code,Class Title,Prob Period,Spec Effective Date,Exam Effective Date,Time Limit,Typing Test,Occ Line,Work Area,Last Action,Test Type,Knowledge Test',
  '10,Accountant I,6,44743,44743,0,No,Professional,Accounting,Revised,E-Test,No',
  '11,Accountant II,12,44743,44743,0,No,Professional,Accounting,Revised,E-Test,No',
  '264,Medical Social Assistant,6,40862,40862,0,No,Professional,Rehabilitation and Therapeutic,Revised,E-Test,No',
  '1836,Water Station Foreman,6,32010,44849,0,No,"Power, Heat, and Light Services","Heat, Light, and Power Services",Revised,E-Test,No',
  ',,,,,,,,,,,',
  '',
].join('\r\n');

const JOB_DUTIES = [
  'Class Code,Class Title,Job Duties',
  '10,Accountant I,"Employees in positions allocated to this level are entry-level professional accountants. They work under general supervision."',
  ',,They work under the administrative direction of higher level personnel.',
  '11,Accountant II,Employees at this level are experienced accountants.',
  '264,Medical Social Assistant,"Performs social casework',
  'in a medical setting."',
].join('\r\n');

const LEVELS_OF_WORK = [
  'Class Code,Class Title,Levels Of Work',
  '10,Accountant I,prepares journal entries;',
  '10,Accountant I,"reconciles accounts, with responsibility for:"',
  ',,a. identifying discrepancies',
  ',,b. recommending corrections',
  ',,',
  ',,performs other related duties as assigned.',
  '11,Accountant II,analyzes financial statements;',
].join('\r\n');

const KSA = [
  'Class Code,Class Title,KSA',
  '10,Accountant I,Thorough knowledge of accounting principles.',
  '10,Accountant I,"Ability to prepare reports',
  'and statements."',
  ',,"Skill in the use of spreadsheet software, such as Excel."',
  '9999,Ghost Class,Knowledge of nothing in particular.',
  ',,Ability to haunt.',
  '264,Medical Social Assistant,Knowledge of social casework.',
].join('\n');

const MAQ = [
  'Class Code,Class Title,MAQ,HTML',
  '10,Accountant I,1. Bachelor\'s degree in accounting.,"<ol class=""eTestLiDecimal""><li>Bachelor\'s degree in accounting.</li><li>One (1) year (12 months) of experience.</li></ol>"',
  ',,2. One (1) year (12 months) of accounting experience.,',
  ',,,',
  '264,Medical Social Assistant,,"<ol class=""eTestLiDecimal""><li>Bachelor&#39;s degree in social work.</li><li>Six (6) months of experience.</li></ol>"',
].join('\n');

const OPTIONS = { folder: 'il-sucss', jurisdiction: 'il-sucss' };

function parseAll() {
  return parseSucssIndex(
    {
      rootIndex: ROOT_INDEX,
      jobDuties: JOB_DUTIES,
      levelsOfWork: LEVELS_OF_WORK,
      ksa: KSA,
      maq: MAQ,
    },
    OPTIONS,
  );
}

describe('parseSucssIndex(sheets, options)', () => {
  beforeEach(() => {
    vi.mocked(ksaModule.parseKsas).mockClear();
    vi.mocked(qualificationsModule.parseQualifications).mockClear();
  });

  it('builds one class per root-index code, with padded codes and jurisdiction ids', () => {
    const { classes } = parseAll().value;
    expect(classes.map((c) => [c.id, c.code, c.title, c.jurisdiction])).toEqual([
      ['il-sucss:0010', '0010', 'Accountant I', 'il-sucss'],
      ['il-sucss:0011', '0011', 'Accountant II', 'il-sucss'],
      ['il-sucss:0264', '0264', 'Medical Social Assistant', 'il-sucss'],
      ['il-sucss:1836', '1836', 'Water Station Foreman', 'il-sucss'],
    ]);
    expect(classes[0]?.source).toEqual({ file: 'il-sucss/root-index.csv', lines: [2, 2] });
    expect(classes[3]?.source).toEqual({ file: 'il-sucss/root-index.csv', lines: [5, 5] });
  });

  it('quotes the code and title cells of each class’s root-index row, as the row gives them', () => {
    const { classes } = parseAll().value;
    expect(classes.map((c) => c.namedAt)).toEqual([
      { text: '10 Accountant I', line: 2 },
      { text: '11 Accountant II', line: 3 },
      { text: '264 Medical Social Assistant', line: 4 },
      { text: '1836 Water Station Foreman', line: 5 },
    ]);
  });

  it('turns the root-index columns into facts, and keeps the others as a note', () => {
    const [accountant, , , foreman] = parseAll().value.classes;
    expect(accountant?.facts).toEqual({
      probation: '6 months',
      effectiveDate: '2022-07-01',
      occupationalArea: 'Professional',
      workArea: 'Accounting',
      lastAction: 'Revised',
    });
    expect(accountant?.notes).toEqual([
      {
        heading: 'Class index',
        text: 'Exam Effective Date: 2022-07-01\nTime Limit: 0\nTyping Test: No\nTest Type: E-Test\nKnowledge Test: No',
        lines: [2, 2],
      },
    ]);
    expect(foreman?.facts).toMatchObject({
      effectiveDate: '1987-08-21',
      occupationalArea: 'Power, Heat, and Light Services',
      workArea: 'Heat, Light, and Power Services',
    });
  });

  it('joins the job-duties rows of a class, continuation and multi-line cells included, into its summary', () => {
    const [accountant, , social] = parseAll().value.classes;
    expect(accountant?.summary).toBe(
      'Employees in positions allocated to this level are entry-level professional accountants. ' +
        'They work under general supervision. They work under the administrative direction of higher level personnel.',
    );
    expect(accountant?.lineOf.summary).toEqual([2, 3]);
    expect(social?.summary).toBe('Performs social casework in a medical setting.');
    expect(social?.lineOf.summary).toEqual([5, 5]);
    expect(accountant?.fileOf).toEqual({
      summary: 'il-sucss/job-duties.csv',
      duties: 'il-sucss/levels-of-work.csv',
      ksas: 'il-sucss/ksa.csv',
      qualifications: 'il-sucss/maq.csv',
    });
  });

  it('makes one duty per levels-of-work row, folding sub-items into the duty that announces them', () => {
    const [accountant, accountant2, social] = parseAll().value.classes;
    expect(accountant?.duties).toEqual([
      'prepares journal entries;',
      'reconciles accounts, with responsibility for: a. identifying discrepancies b. recommending corrections',
      'performs other related duties as assigned.',
    ]);
    expect(accountant?.lineOf.duties).toEqual([2, 3, 7]);
    expect(accountant2?.duties).toEqual(['analyzes financial statements;']);
    expect(social?.duties).toEqual([]);
  });

  it('hands each class its KSA rows as source lines numbered by row', () => {
    const { classes } = parseAll().value;
    const calls = vi.mocked(ksaModule.parseKsas).mock.calls;
    const forAccountant = calls.find(([, o]) => o.classId === 'il-sucss:0010');
    expect(forAccountant).toEqual([
      [
        { text: 'Thorough knowledge of accounting principles.', line: 2 },
        { text: 'Ability to prepare reports and statements.', line: 3 },
        { text: 'Skill in the use of spreadsheet software, such as Excel.', line: 4 },
      ],
      { file: 'il-sucss/ksa.csv', classId: 'il-sucss:0010', onePerLine: true },
    ]);
    const results = vi.mocked(ksaModule.parseKsas).mock.results;
    const index = calls.indexOf(forAccountant as (typeof calls)[number]);
    const returned = results[index]?.value as ReturnType<typeof ksaModule.parseKsas>;
    expect(classes[0]?.ksas).toBe(returned.value);
  });

  it('hands each class its MAQ text rows, or its HTML list when it has no MAQ text', () => {
    parseAll();
    const calls = vi.mocked(qualificationsModule.parseQualifications).mock.calls;
    expect(calls.find(([, o]) => o.classId === 'il-sucss:0010')).toEqual([
      [
        { text: "1. Bachelor's degree in accounting.", line: 2 },
        { text: '2. One (1) year (12 months) of accounting experience.', line: 3 },
      ],
      { file: 'il-sucss/maq.csv', classId: 'il-sucss:0010' },
    ]);
    expect(calls.find(([, o]) => o.classId === 'il-sucss:0264')?.[0]).toEqual([
      { text: "1. Bachelor's degree in social work.", line: 5 },
      { text: '2. Six (6) months of experience.', line: 5 },
    ]);
    expect(calls.find(([, o]) => o.classId === 'il-sucss:1836')?.[0]).toEqual([]);
  });

  it('names each row with an unknown class code and keeps its text, the good rows still read', () => {
    const { value, diagnostics } = parseAll();
    const rows = diagnostics.filter((d) => d.code === 'csv-row');
    expect(rows.map((d) => [d.file, d.line, d.severity])).toEqual([
      ['il-sucss/ksa.csv', 5, 'warning'],
      ['il-sucss/ksa.csv', 6, 'warning'],
    ]);
    expect(rows[0]?.message).toContain('9999');
    expect(rows[0]?.text).toContain('Knowledge of nothing in particular.');
    expect(rows[1]?.text).toContain('Ability to haunt.');
    const social = value.classes.find((c) => c.code === '0264');
    expect(
      vi.mocked(ksaModule.parseKsas).mock.calls.find(([, o]) => o.classId === social?.id)?.[0],
    ).toEqual([{ text: 'Knowledge of social casework.', line: 7 }]);
  });

  it('records per sheet the rows placed, the content rows and the classes', () => {
    const { documents } = parseAll().value;
    expect(
      documents.map((d) => [d.file, d.format, d.contentLines, d.placedLines, d.classIds.length]),
    ).toEqual([
      ['il-sucss/root-index.csv', 'csv', 4, 4, 4],
      ['il-sucss/levels-of-work.csv', 'csv', 6, 6, 2],
      ['il-sucss/job-duties.csv', 'csv', 4, 4, 3],
      ['il-sucss/ksa.csv', 'csv', 6, 4, 2],
      ['il-sucss/maq.csv', 'csv', 3, 3, 2],
    ]);
    const ksa = documents.find((d) => d.file === 'il-sucss/ksa.csv');
    // Seven spreadsheet rows (the header and six records), although the text has eight lines.
    expect(ksa?.lineCount).toBe(7);
    expect(ksa?.lines?.[4]).toBe('9999\tGhost Class\tKnowledge of nothing in particular.');
    expect(ksa?.classIds).toEqual(['il-sucss:0010', 'il-sucss:0264']);
  });

  it('reads a roman-numeral title family as a series, and leaves other classes without one', () => {
    const [a1, a2, social] = parseAll().value.classes;
    expect(a1?.series).toEqual({
      id: 'il-sucss:accountant',
      title: 'Accountant',
      level: 1,
      promotionalLine: null,
    });
    expect(a2?.series).toEqual({
      id: 'il-sucss:accountant',
      title: 'Accountant',
      level: 2,
      promotionalLine: null,
    });
    expect(social?.series).toBeNull();
  });

  it('keeps the first of two root-index rows with one code and names the second', () => {
    const root =
      ROOT_INDEX +
      '10,Accountant I (old),6,40000,40000,0,No,Professional,Accounting,Add,E-Test,No\r\n';
    const { value, diagnostics } = parseSucssIndex({ rootIndex: root }, OPTIONS);
    expect(value.classes.filter((c) => c.code === '0010').map((c) => c.title)).toEqual([
      'Accountant I',
    ]);
    expect(diagnostics.find((d) => d.code === 'duplicate-class')).toMatchObject({
      file: 'il-sucss/root-index.csv',
      line: 7,
      classId: 'il-sucss:0010',
    });
    expect(value.documents[0]).toMatchObject({ contentLines: 5, placedLines: 4 });
  });

  it('lets a blank-code root-index row complete the row above', () => {
    const root = [
      'Class Code,Class Title,Prob Period,Spec Effective Date,Occ Line,Work Area,Last Action',
      '5000,Accounting Associate,12,42614,Professional,,Revised',
      ',,,,,Special Group,',
    ].join('\n');
    const { value, diagnostics } = parseSucssIndex({ rootIndex: root }, OPTIONS);
    expect(value.classes).toHaveLength(1);
    expect(value.classes[0]?.facts).toEqual({
      probation: '12 months',
      effectiveDate: '2016-09-01',
      occupationalArea: 'Professional',
      workArea: 'Special Group',
      lastAction: 'Revised',
    });
    expect(value.classes[0]?.source.lines).toEqual([2, 3]);
    expect(diagnostics).toEqual([]);
  });

  it('names a sheet without a class-code column instead of throwing', () => {
    const { value, diagnostics } = parseSucssIndex(
      { rootIndex: 'Title,Date\nAccountant I,44743\n' },
      OPTIONS,
    );
    expect(value.classes).toEqual([]);
    expect(diagnostics.map((d) => [d.code, d.severity])).toEqual([
      ['csv-row', 'error'],
      ['no-classes', 'error'],
    ]);
    expect(value.documents[0]).toMatchObject({ contentLines: 1, placedLines: 0 });
  });

  it('survives an empty root index', () => {
    const { value, diagnostics } = parseSucssIndex({ rootIndex: '' }, OPTIONS);
    expect(value.classes).toEqual([]);
    expect(diagnostics.map((d) => d.code)).toContain('no-classes');
  });
});

describe('normalizeSucssCode(code)', () => {
  const cases = [
    { input: '264', expected: '0264' },
    { input: '10', expected: '0010' },
    { input: '4755', expected: '4755' },
    { input: ' 876.0 ', expected: '0876' },
    { input: 'A12', expected: 'A12' },
    { input: '', expected: '' },
  ];
  for (const { input, expected } of cases) {
    it(`gives "${expected}" for "${input}"`, () =>
      expect(normalizeSucssCode(input)).toBe(expected));
  }
});

describe('excelDateToIso(value)', () => {
  const cases = [
    { input: '44743', expected: '2022-07-01' },
    { input: '32010', expected: '1987-08-21' },
    { input: '9/1/2022', expected: '2022-09-01' },
    { input: '2022', expected: '2022' },
    { input: 'unknown', expected: 'unknown' },
  ];
  for (const { input, expected } of cases) {
    it(`gives "${expected}" for "${input}"`, () => expect(excelDateToIso(input)).toBe(expected));
  }
});

describe('isSucssRootIndexHeader(text)', () => {
  const cases = [
    { input: 'Class Code,Class Title\r\n10,Accountant I\r\n', expected: true },
    { input: '\uFEFF"Class Code","Class Title"\n', expected: true },
    { input: 'Code,Title\n10,Accountant I\n', expected: true },
    { input: 'class_code,title', expected: true },
    { input: 'Code Name,Title\n1,A\n', expected: false },
    { input: 'Title\nClass Code\n', expected: false },
    { input: '', expected: false },
  ];
  for (const { input, expected } of cases) {
    it(`gives ${String(expected)} for ${JSON.stringify(input)}`, () =>
      expect(isSucssRootIndexHeader(input)).toBe(expected));
  }
});

describe('parseSucssIndex series levels', () => {
  it('reads I to XII as usually written and nothing else as a rung', () => {
    const rootIndex = [
      'Code,Title',
      '1,Clerk IV',
      '2,Clerk XII',
      '3,Clerk XIII',
      '4,Clerk IIII',
      '5,Clerk VX',
    ].join('\n');
    const { value } = parseSucssIndex({ rootIndex }, OPTIONS);
    expect(value.classes.map((c) => [c.title, c.series?.level ?? null])).toEqual([
      ['Clerk IV', 4],
      ['Clerk XII', 12],
      ['Clerk XIII', null],
      ['Clerk IIII', null],
      ['Clerk VX', null],
    ]);
  });
});
