import { describe, expect, it } from 'vitest';
import {
  pdfItemsToLines,
  type PdfTextItem,
} from '../../../../src/domain/spec/formats/pdf-items-to-lines.ts';

/** An item at (x, y) in a 10-point font, 5 points per character. */
const at = (str: string, x: number, y: number, extra: Partial<PdfTextItem> = {}): PdfTextItem => ({
  str,
  x,
  y,
  width: str.length * 5,
  height: 10,
  ...extra,
});

describe('pdfItemsToLines(pages)', () => {
  const cases: { name: string; input: PdfTextItem[][]; expected: string[] }[] = [
    {
      name: 'orders lines top to bottom and items left to right',
      input: [[at('second line', 72, 688), at('First', 72, 700), at('line', 100, 700)]],
      expected: ['First line', 'second line'],
    },
    {
      name: 'joins items with no gap without a space',
      input: [[at('CHARAC', 72, 700), at('TERISTICS', 102, 700)]],
      expected: ['CHARACTERISTICS'],
    },
    {
      name: 'separates two columns on one baseline with a tab',
      input: [
        [
          at('Class Title', 72, 700),
          at('Code', 300, 700),
          at('Planner I', 72, 688),
          at('41311', 300, 688),
        ],
      ],
      expected: ['Class Title\tCode', 'Planner I\t41311'],
    },
    {
      name: 'keeps a slightly raised item (superscript) on its line',
      input: [
        [at('Level', 72, 700), at('1', 100, 703, { height: 6, width: 3 }), at('duties', 106, 700)],
      ],
      expected: ['Level 1 duties'],
    },
    {
      name: 'drops whitespace-only and end-of-line marker items',
      input: [
        [at('A', 72, 700), at(' ', 77, 700), at('', 80, 700, { hasEOL: true }), at('B', 72, 688)],
      ],
      expected: ['A', 'B'],
    },
    {
      name: 'adds a blank line at a paragraph gap',
      input: [
        [
          at('Line 1', 72, 700),
          at('Line 2', 72, 688),
          at('Line 3', 72, 676),
          at('Heading', 72, 640),
          at('Line 4', 72, 628),
        ],
      ],
      expected: ['Line 1', 'Line 2', 'Line 3', '', 'Heading', 'Line 4'],
    },
    {
      name: 'adds a blank line between pages and skips empty pages',
      input: [[at('Page one', 72, 700)], [], [at('Page two', 72, 700)]],
      expected: ['Page one', '', 'Page two'],
    },
    {
      name: 'copes with a zero height',
      input: [[at('a', 72, 700, { height: 0 }), at('b', 90, 700, { height: 0 })]],
      expected: ['a b'],
    },
    { name: 'gives nothing for no items', input: [], expected: [] },
  ];

  for (const { name, input, expected } of cases) {
    it(name, () => expect(pdfItemsToLines(input.map((items) => ({ items })))).toEqual(expected));
  }
});
