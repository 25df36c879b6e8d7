// pdf.js text items → reading-order lines: items grouped into lines by baseline, ordered left to
// right, gaps turned into spaces or tabs, paragraph and page breaks into blank lines.
// [Reference] pdf.js `getTextContent()` (TextItem: str, transform[4..5] = x, y with y up, width,
// height, hasEOL); PDF 1.7 §9.4 text objects.

/** One pdf.js text item, flattened: x, y = transform[4], transform[5] (y grows upwards). */
export interface PdfTextItem {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
  hasEOL?: boolean;
}

export interface PdfPageItems {
  items: PdfTextItem[];
}

interface PdfLine {
  y: number;
  height: number;
  items: PdfTextItem[];
}

/** Font size assumed when pdf.js reports a zero height (some Type3 and rotated fonts). */
const DEFAULT_HEIGHT = 10;

/**
 * Rebuilds lines from pdf.js text items, page by page. Never throws.
 * - Items whose baselines differ by less than half the font height share a line (superscripts too).
 * - Within a line, items run left to right: no gap → joined; a word gap → one space; a gap wider than
 *   two font heights (a table column, a tab stop) → a tab.
 * - A vertical gap clearly wider than the page's usual line spacing starts a new paragraph (blank
 *   line); every new page starts after a blank line.
 * NOTE: hasEOL is not trusted to break lines, baselines are: pdf.js marks EOL after "Class" in
 * "Class" (x 72) + "Code" (x 300) on one baseline, which must stay one line "Class\tCode".
 */
export function pdfItemsToLines(pages: PdfPageItems[]): string[] {
  const out: string[] = [];
  for (const page of pages) {
    const lines = groupLines(page.items);
    if (lines.length === 0) continue;
    if (out.length > 0 && out[out.length - 1] !== '') out.push('');
    const spacing = medianSpacing(lines);
    lines.forEach((line, i) => {
      const previous = lines[i - 1];
      if (previous !== undefined) {
        const dy = previous.y - line.y;
        const em = Math.max(previous.height, line.height);
        const threshold = Math.max(em * 1.6, spacing === null ? 0 : spacing * 1.35);
        if (dy > threshold && out[out.length - 1] !== '') out.push('');
      }
      const text = joinItems(line.items);
      if (text !== '') out.push(text);
    });
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out;
}

function heightOf(item: PdfTextItem): number {
  return item.height > 0 ? item.height : DEFAULT_HEIGHT;
}

function groupLines(items: PdfTextItem[]): PdfLine[] {
  const visible = items.filter(
    (item) => item.str.trim() !== '' && Number.isFinite(item.x) && Number.isFinite(item.y),
  );
  const sorted = [...visible].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: PdfLine[] = [];
  for (const item of sorted) {
    const current = lines[lines.length - 1];
    const tolerance =
      current === undefined ? 0 : Math.max(1, 0.5 * Math.min(current.height, heightOf(item)));
    if (current !== undefined && Math.abs(current.y - item.y) <= tolerance) {
      current.items.push(item);
      current.height = Math.max(current.height, heightOf(item));
    } else {
      lines.push({ y: item.y, height: heightOf(item), items: [item] });
    }
  }
  for (const line of lines) line.items.sort((a, b) => a.x - b.x);
  return lines;
}

function joinItems(items: PdfTextItem[]): string {
  let text = '';
  let previous: PdfTextItem | undefined;
  for (const item of items) {
    if (previous === undefined) {
      text = item.str;
    } else {
      const gap = item.x - (previous.x + previous.width);
      const em = Math.max(heightOf(previous), heightOf(item));
      if (gap > em * 2) text = text.trimEnd() + '\t' + item.str.trimStart();
      else if (gap > em * 0.15 && !/\s$/.test(text) && !/^\s/.test(item.str))
        text += ' ' + item.str;
      else text += item.str;
    }
    previous = item;
  }
  return text
    .replace(/[ \u00a0]+/g, ' ')
    .replace(/ ?\t ?/g, '\t')
    .trim();
}

/** The median distance between consecutive baselines of a page, or null with fewer than 3 lines. */
function medianSpacing(lines: PdfLine[]): number | null {
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i += 1) {
    const a = lines[i - 1];
    const b = lines[i];
    if (a !== undefined && b !== undefined && a.y > b.y) gaps.push(a.y - b.y);
  }
  if (gaps.length < 2) return null;
  gaps.sort((a, b) => a - b);
  return gaps[Math.floor((gaps.length - 1) / 2)] ?? null;
}
