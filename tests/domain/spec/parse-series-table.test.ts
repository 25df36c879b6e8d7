import { describe, expect, it } from 'vitest';
import type { LogicalLine } from '../../../src/domain/spec/normalize-lines.ts';
import { parseSeriesTable } from '../../../src/domain/spec/parse-series-table.ts';

const lines = (texts: string[]): LogicalLine[] =>
  texts.map((text, k) => ({ text, from: k + 1, to: k + 1, lines: [k + 1], indented: false }));

describe('parseSeriesTable(lines, start)', () => {
  it('reads the SUCSS series table with its facts', () => {
    const t = parseSeriesTable(
      lines([
        'Code No.\tClass Title\tOcc. Area\tWork Area\tProb. Period\tEffective Date\tLast Action',
        '0264\tMedical Social Assistant\t01\t444\t6 mo.\t11/15/11\tRev.',
        '4260\tMedical Social Associate\t01\t444\t6 mo.\t11/15/11\tRev.',
        'Promotional Line: 51',
      ]),
      0,
    );
    expect(t?.kind).toBe('classes');
    expect(t?.end).toBe(3);
    expect(t?.rows[0]?.cells).toEqual({
      code: '0264',
      title: 'Medical Social Assistant',
      occupationalArea: '01',
      workArea: '444',
      probation: '6 mo.',
      effectiveDate: '11/15/11',
      lastAction: 'Rev.',
    });
  });

  it('reads the CMS title/position-code table', () => {
    const t = parseSeriesTable(
      lines(['CLASS TITLE\tPOSITION CODE', 'SOCIAL SERVICE COMMUNITY PLANNER\t41295']),
      0,
    );
    expect(t?.rows.map((r) => r.cells)).toEqual([
      { title: 'SOCIAL SERVICE COMMUNITY PLANNER', code: '41295' },
    ]);
  });

  it('reads CalHR rows, and a row missing its first cell right-aligned', () => {
    const t = parseSeriesTable(
      lines([
        'Schem Code\tClass Code\tClass',
        'LQ76\t5620\tResearch Program Specialist II (Mental Health)',
        '5723\tResearch Program Specialist II (Occupational Health)',
      ]),
      0,
    );
    expect(t?.rows.map((r) => r.cells)).toEqual([
      {
        schematicCode: 'LQ76',
        code: '5620',
        title: 'Research Program Specialist II (Mental Health)',
      },
      { code: '5723', title: 'Research Program Specialist II (Occupational Health)' },
    ]);
  });

  it('reads a vertical table (one cell per line)', () => {
    const t = parseSeriesTable(
      lines([
        'Schem Code',
        'Class Code',
        'Class',
        'PS45',
        '6544',
        'Electrician I',
        'PS35',
        '6538',
        'Electrician II',
        'Factors Affecting Position Allocation',
      ]),
      0,
    );
    expect(t?.headerIndices).toEqual([0, 1, 2]);
    expect(t?.rows.map((r) => [r.cells.code, r.cells.title, r.indices])).toEqual([
      ['6544', 'Electrician I', [3, 4, 5]],
      ['6538', 'Electrician II', [6, 7, 8]],
    ]);
    expect(t?.end).toBe(9);
  });

  it('reads a class history table as history', () => {
    const t = parseSeriesTable(
      lines([
        'Class\tDate Established\tDate Revised\tTitle Changed',
        'Electrician I\t07/23/1975\t--\t--',
      ]),
      0,
    );
    expect(t?.kind).toBe('history');
    expect(t?.rows[0]?.cells).toEqual({
      title: 'Electrician I',
      established: '07/23/1975',
      revised: '--',
      titleChanged: '--',
    });
  });

  it.each([['Typical Tasks'], ['Class'], ['Under direction, supervises\tthe work']])(
    'finds no table at %j',
    (text) => {
      expect(parseSeriesTable(lines([text, 'More text']), 0)).toBeNull();
    },
  );
});
