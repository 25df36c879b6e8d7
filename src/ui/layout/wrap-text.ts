// Wraps a label into at most `maxLines` lines of about `maxChars` characters, breaking at spaces,
// ellipsis on the last line. Character counts, not measured widths, so the same layout comes out
// in Node, jsdom and the browser.

/** NOTE: ("Assistant Supervisor of Medical Social Services", 26) → ["Assistant Supervisor of", "Medical Social Services"]. */
export function wrapText(text: string, maxChars: number, maxLines = 2): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i] ?? '';
    const candidate = line ? `${line} ${word}` : word;
    if (candidate.length <= maxChars || !line) {
      line = candidate;
      continue;
    }
    lines.push(line);
    line = word;
    if (lines.length === maxLines - 1) {
      const rest = words.slice(i).join(' ');
      line = rest;
      break;
    }
  }
  if (line) lines.push(line);
  return lines.slice(0, maxLines).map((l, i, all) => {
    const clipped = l.length > maxChars ? `${l.slice(0, maxChars - 1).trimEnd()}…` : l;
    return i === all.length - 1 ? clipped : l;
  });
}
