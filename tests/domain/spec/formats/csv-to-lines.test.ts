import { describe, expect, it } from 'vitest';
import { csvToLines } from '../../../../src/domain/spec/formats/csv-to-lines.ts';

describe('csvToLines(text)', () => {
  const cases = [
    {
      name: 'joins cells with tabs',
      input: 'Code,Title\r\n0264,Medical Social Assistant\r\n',
      expected: ['Code\tTitle', '0264\tMedical Social Assistant'],
    },
    {
      name: 'keeps a quoted multi-line cell on its row',
      input: '1,"a\nb, c"\n',
      expected: ['1\ta b, c'],
    },
    {
      name: 'drops empty trailing cells and keeps blank rows',
      input: 'a,,\n,,\nb',
      expected: ['a', '', 'b'],
    },
    { name: 'ignores a byte-order mark', input: '\uFEFFx,y', expected: ['x\ty'] },
  ];
  for (const { name, input, expected } of cases)
    it(name, () => expect(csvToLines(input)).toEqual(expected));
});
