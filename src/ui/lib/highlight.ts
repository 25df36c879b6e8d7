// Splits text into plain and marked segments from [start, end) ranges, for <mark> highlighting
// without ever rendering document text as HTML.

export interface Segment {
  text: string;
  mark: boolean;
}

/** NOTE: ("Medical Social", [[0, 7]]) → [{ "Medical", mark }, { " Social" }]; overlapping ranges merge. */
export function splitHighlight(text: string, ranges: readonly (readonly [number, number])[]): Segment[] {
  const sorted = ranges
    .map(([a, b]) => [Math.max(0, a), Math.min(text.length, b)] as const)
    .filter(([a, b]) => b > a)
    .sort((x, y) => x[0] - y[0]);
  const segments: Segment[] = [];
  let at = 0;
  for (const [a, b] of sorted) {
    if (b <= at) continue;
    const start = Math.max(a, at);
    if (start > at) segments.push({ text: text.slice(at, start), mark: false });
    const last = segments[segments.length - 1];
    if (last?.mark && start === at) last.text += text.slice(start, b);
    else segments.push({ text: text.slice(start, b), mark: true });
    at = b;
  }
  if (at < text.length) segments.push({ text: text.slice(at), mark: false });
  return segments;
}
