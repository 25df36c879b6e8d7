// Timing helpers for the bench: a stopwatch, percentiles, a seeded random number generator and a
// plain-text table printer. Node only.

export function time<T>(fn: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = fn();
  return { value, ms: performance.now() - start };
}

export interface Percentiles {
  calls: number;
  p50: number;
  p95: number;
  max: number;
}

/** Times `fn` over every input (after a short warm-up) and returns p50/p95/max in milliseconds. */
export function sample<I>(
  inputs: readonly I[],
  fn: (input: I) => unknown,
  warmup = 20,
): Percentiles {
  for (const input of inputs.slice(0, warmup)) fn(input);
  const times: number[] = [];
  for (const input of inputs) {
    const start = performance.now();
    fn(input);
    times.push(performance.now() - start);
  }
  return percentiles(times);
}

/** p50/p95/max of `times` (in any order; left as they are). */
export function percentiles(times: readonly number[]): Percentiles {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (p: number): number =>
    sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
  return { calls: sorted.length, p50: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] ?? 0 };
}

/** mulberry32: the same sequence for the same seed, so sampled pairs are the same on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Row = Record<string, string | number>;

/** Prints rows as an aligned table; numbers right-aligned, with the given decimals. */
export function table(rows: readonly Row[], log: (line: string) => void, decimals = 1): void {
  if (rows.length === 0) return;
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const cell = (v: string | number | undefined): string =>
    v === undefined
      ? ''
      : typeof v === 'number'
        ? Number.isInteger(v)
          ? String(v)
          : v.toFixed(decimals)
        : v;
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => cell(r[c]).length)));
  const line = (values: string[], numeric: boolean[]): string =>
    values
      .map((v, i) => (numeric[i] ? v.padStart(widths[i] ?? 0) : v.padEnd(widths[i] ?? 0)))
      .join('  ');
  const numeric = columns.map((c) =>
    rows.every((r) => r[c] === undefined || typeof r[c] === 'number'),
  );
  log(line(columns, numeric));
  log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows)
    log(
      line(
        columns.map((c) => cell(r[c])),
        numeric,
      ),
    );
}
