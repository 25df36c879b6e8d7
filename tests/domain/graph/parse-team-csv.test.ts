import { describe, expect, it } from 'vitest';
import { parseMonthsCell, parseTeamCsv } from '../../../src/domain/graph/parse-team-csv.ts';
import { seedGraph } from './seed-graph.ts';

const graph = seedGraph();
const ASSISTANT = 'il-sucss:0264';
const CONSULTANT = 'il-sucss:0876';
const CASE_MANAGER = 'westchester-ny:case-manager-ii-social-work';
const CLIENT = 'md-county:client-assistance-specialist';

interface Case {
  name: string;
  input: string;
  members: [string, string, number][];
  /** [row, severity, a phrase the message must hold] */
  diagnostics: [number | null, string, string][];
}

const cases: Case[] = [
  {
    name: 'reads label, class title and months with a header row',
    input:
      'label,class,months\nAna,Medical Social Assistant,10\nBen,Case Manager II,30\nCy,Client Assistance Specialist,6\n',
    members: [
      ['Ana', ASSISTANT, 10],
      ['Ben', CASE_MANAGER, 30],
      ['Cy', CLIENT, 6],
    ],
    diagnostics: [],
  },
  {
    name: 'reads rows without a header as label, class, months',
    input: 'Ana,0264,10\r\nBen,Medical Social Consultant,2 years\r\n',
    members: [
      ['Ana', ASSISTANT, 10],
      ['Ben', CONSULTANT, 24],
    ],
    diagnostics: [],
  },
  {
    name: 'maps header columns in any order, with semicolons, and a code whose leading zero a spreadsheet dropped',
    input: 'Months in class;Class code;Name\n12;876;Dee\n',
    members: [['Dee', CONSULTANT, 12]],
    diagnostics: [],
  },
  {
    name: 'keeps the good rows and names each bad row with its problem',
    input: [
      'label,class,months',
      'Ana,Medical Social Assistant,10',
      'Bo,Social Worker Nine,5',
      'Cy,Client Assistance Specialist,six',
      ',Medical Social Associate,3',
      'Ana,Medical Social Consultant,4',
      'Eve,planner,2',
      'Fay,Case Manager II,-3',
      '',
      'Gus,Intensive Case Manager,',
      'Hal,Intensive Case Manager,8',
    ].join('\n'),
    members: [
      ['Ana', ASSISTANT, 10],
      ['Hal', 'ny-county:intensive-case-manager', 8],
    ],
    diagnostics: [
      [3, 'error', 'no class matches "Social Worker Nine"'],
      [4, 'error', '"six" is not a number of months'],
      [5, 'error', 'the label is empty'],
      [6, 'error', 'the label "Ana" is already used on row 2'],
      [7, 'error', '"planner" matches 5 classes'],
      [8, 'error', '"-3" is not a number of months'],
      [10, 'error', 'the months are empty'],
    ],
  },
  {
    name: 'reports columns it does not use, and a quoted title with a comma',
    input:
      'name,title,months,notes\n"Ivy","Case Manager II (Social Work)",7,"on leave, back in May"\n',
    members: [['Ivy', CASE_MANAGER, 7]],
    diagnostics: [[1, 'warning', 'column "notes" not used']],
  },
  {
    name: 'reports an empty file',
    input: '\n\n',
    members: [],
    diagnostics: [[null, 'error', 'no rows']],
  },
];

describe('parseTeamCsv(graph, text, options)', () => {
  it.each(cases)('$name', ({ input, members, diagnostics }) => {
    const { value, diagnostics: found } = parseTeamCsv(graph, input, { file: 'team.csv' });
    expect(value.map((m) => [m.label, m.classId, m.months])).toEqual(members);
    expect(found.map((d) => [d.line, d.severity])).toEqual(
      diagnostics.map(([row, severity]) => [row, severity]),
    );
    found.forEach((d, i) => {
      expect(d.message).toContain(diagnostics[i]?.[2]);
      expect(d.file).toBe('team.csv');
      if (d.line !== null) expect(d.message).toMatch(new RegExp(`^Row ${d.line}: `));
    });
  });

  it('keeps the whole text of a bad row in its diagnostic', () => {
    const { diagnostics } = parseTeamCsv(graph, 'Bo,Nowhere Class,5');
    expect(diagnostics[0]).toMatchObject({
      code: 'csv-row',
      line: 1,
      text: 'Bo, Nowhere Class, 5',
    });
  });

  it('refuses a label the team already has', () => {
    const { value, diagnostics } = parseTeamCsv(graph, 'ana,0264,1\nZed,0264,2', {
      existingLabels: ['Ana'],
    });
    expect(value.map((m) => m.label)).toEqual(['Zed']);
    expect(diagnostics[0]?.message).toBe(
      'Row 1: the label "ana" is already in the team. The row was not imported.',
    );
  });
});

describe('parseMonthsCell(cell)', () => {
  it.each([
    { input: '10', expected: 10 },
    { input: ' 2.5 ', expected: 2.5 },
    { input: '2,5', expected: 2.5 },
    { input: '2 years', expected: 24 },
    { input: '1 yr', expected: 12 },
    { input: '18 mo', expected: 18 },
    { input: '18 months', expected: 18 },
    { input: 'ten', expected: null },
    { input: '-3', expected: null },
    { input: '', expected: null },
  ])('"$input" → $expected', ({ input, expected }) => {
    expect(parseMonthsCell(input)).toBe(expected);
  });
});
