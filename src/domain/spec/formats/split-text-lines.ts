// Decoded text → lines: CRLF, CR and LF all end a line; the trailing newline adds no empty line.
// [Reference] Unicode UAX #14 mandatory breaks (the three newline conventions met in the corpus).

/**
 * NOTE: "a\r\nb\rc\n" → ["a", "b", "c"]. A form feed (pdftotext's page break) is removed but does
 * not break the line, so line numbers match a text editor's: "\fPage 2" → "Page 2".
 */
export function splitTextLines(text: string): string[] {
  const lines = text
    .replace(/^\uFEFF/, '')
    .replace(/\f/g, '')
    .split(/\r\n|\r|\n/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}
