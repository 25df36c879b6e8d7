// Roman numerals ↔ numbers, for the rungs of a title family ("Accountant III") and ordered-list markers.
// [Reference] the subtractive notation (IV = 4, IX = 9, XL = 40); issue 2 "Splitting a document
// into classes" (levels). Callers keep their own limits (a rung is 1..20, an SUCSS rung 1..12).

const VALUES: Record<string, number> = { I: 1, V: 5, X: 10 };

const SYMBOLS: readonly (readonly [number, string])[] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/**
 * "IV" → 4; "3" → 3 (one or two digits); anything else → null.
 * NOTE: upper-case I, V and X only, up to five letters, read without checking the form:
 * "IIII" → 4, "VX" → 5. Callers upper-case the token when the case does not matter.
 */
export function romanToNumber(token: string): number | null {
  if (/^\d{1,2}$/.test(token)) return Number(token);
  if (!/^[IVX]{1,5}$/.test(token)) return null;
  let total = 0;
  for (let i = 0; i < token.length; i += 1) {
    const v = VALUES[token[i] ?? ''] ?? 0;
    const next = VALUES[token[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/** 4 → "IV"; 1999 → "MCMXCIX"; zero or less → "". */
export function toRoman(n: number): string {
  let rest = n;
  let out = '';
  for (const [value, letters] of SYMBOLS) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}
