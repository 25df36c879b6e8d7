// Formatting of months, durations and dates for people.

/** NOTE: 0 → "none"; 12 → "1 year"; 18 → "1 year 6 months"; 7 → "7 months". */
export function duration(months: number): string {
  if (months <= 0) return 'none';
  const years = Math.floor(months / 12);
  const rest = months % 12;
  const y = years === 0 ? '' : years === 1 ? '1 year' : `${years} years`;
  const m = rest === 0 ? '' : rest === 1 ? '1 month' : `${rest} months`;
  return [y, m].filter(Boolean).join(' ');
}

/** "36 months (3 years)" — months first, as specs count them. NOTE: 12 → "12 months (1 year)"; 7 → "7 months". */
export function monthsWithYears(months: number): string {
  if (months % 12 !== 0 || months === 0) return `${months} month${months === 1 ? '' : 's'}`;
  const y = months / 12;
  return `${months} months (${y} year${y === 1 ? '' : 's'})`;
}

/** The date `months` after `from` (same day of month, clamped to the month's end). */
export function addMonths(from: Date, months: number): Date {
  const d = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + months, 1));
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(from.getUTCDate(), last));
  return d;
}

/** "March 2027". */
export function monthYear(date: Date): string {
  return date.toLocaleDateString('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** Percent with a thin space, as the UI brief writes it: "72 %". */
export function percent(value: number): string {
  return `${Math.round(value)}\u202f%`;
}

/** NOTE: ["Coordination", "Independence", "Monitoring"] → "Coordination, Independence and Monitoring". */
export function listWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/**
 * A jurisdiction's name short enough for a chip or a lane heading; the full name goes in its title.
 * NOTE: "Illinois State Universities Civil Service System (SUCSS)" → "SUCSS"; "Westchester County,
 * New York" → "Westchester County, New York" (28 characters or fewer stay whole); "A Maryland county
 * government (probably Montgomery County)" → "A Maryland county government".
 */
export function shortJurisdictionName(full: string): string {
  const paren = /\(([^)]+)\)\s*$/.exec(full)?.[1];
  if (paren && paren.length <= 14) return paren;
  if (full.length <= 28) return full;
  const cut = full.split(/,| \(/)[0] ?? full;
  return cut.length <= 28 ? cut : `${cut.slice(0, 27)}…`;
}

/**
 * What a default profile assumes, for the sentence "Eligibility for someone who just meets this
 * class's minimum…". NOTE: [] → ""; [{ title: "Police Lieutenant", months: 96 }] → "; the
 * experience it asks is taken to be 8 years as Police Lieutenant".
 */
export function minimumBasis(assumed: readonly { title: string; months: number }[]): string {
  if (assumed.length === 0) return '';
  const where = listWords(assumed.map((a) => `${duration(a.months)} as ${a.title}`));
  return `; the experience it asks is taken to be ${where}`;
}
