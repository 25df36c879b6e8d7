// Numbered class titles: "Accountant I", "Case Manager II (Social Work)", "Accountant 3" — the
// rungs of a family in one jurisdiction, for the promotion ladder and "the next lower level".
// [Reference] issue 3 "Edges" (numbered titles I/II/III of one family).

import { foldSpaces } from '../model/index.ts';
import { romanToNumber } from '../spec/roman-numerals.ts';

/** "Case Manager II (Social Work)" → { family: "case manager (social work)", n: 2 }. */
export function parseNumberedTitle(title: string): { family: string; n: number } | null {
  const m = /^(.*?\S)\s+([IVX]{1,5}|\d{1,2})\b\s*(\(.*\))?\s*$/i.exec(title.trim());
  if (!m || m[1] === undefined || m[2] === undefined) return null;
  const n = /^\d+$/.test(m[2]) ? Number(m[2]) : romanToNumber(m[2].toUpperCase());
  if (n === null || n < 1 || n > 20) return null;
  const family = foldSpaces(`${m[1]} ${m[3] ?? ''}`.toLowerCase());
  return { family, n };
}
