import { describe, expect, it } from 'vitest';
import { splitTextLines } from '../../../../src/domain/spec/formats/split-text-lines.ts';

describe('splitTextLines(text)', () => {
  const cases = [
    { name: 'splits CRLF, CR and LF', input: 'a\r\nb\rc\nd', expected: ['a', 'b', 'c', 'd'] },
    { name: 'adds no line for the final newline', input: 'a\n', expected: ['a'] },
    { name: 'keeps blank lines', input: 'a\n\n\nb\n', expected: ['a', '', '', 'b'] },
    {
      name: 'removes form feeds without breaking the line',
      input: 'end\n\fPage 2\n',
      expected: ['end', 'Page 2'],
    },
    { name: 'gives no lines for empty text', input: '', expected: [] },
  ];
  for (const { name, input, expected } of cases)
    it(name, () => expect(splitTextLines(input)).toEqual(expected));
});
