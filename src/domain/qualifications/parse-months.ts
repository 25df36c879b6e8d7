// Durations in qualification text → months: numbers in words and digits, fractions, and the
// explicit month counts specs add in parentheses ("One (1) year (12 months)").
// [Reference] ../shared/PRODUCT.md, "Minimum qualifications as rules" (months of experience).

/** One duration found in a text, with where it is. */
export interface Duration {
  months: number;
  /** Offset of the first character of the phrase in the searched text. */
  index: number;
  /** Offset just past the phrase (including any "(12 months)" that follows it). */
  end: number;
  text: string;
}

const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

const UNIT_WORD = Object.keys(UNITS).join('|');
const TENS_WORD = Object.keys(TENS).join('|');
/** A number written in words, "one" to "ninety-nine" ("forty-five", "twenty one"); a regex source. */
export const WORD_NUMBER = `(?:(?:${TENS_WORD})(?:[- ](?:${UNIT_WORD}))?|${UNIT_WORD})`;
const HALF = `(?:one[- ]half|a[- ]half)`;
// "1 1/2", "1½", "1.5", "one and one-half", "five and a half", "one-half", "18"
const NUMBER = `(?:\\d+(?:\\.\\d+)?(?:\\s+1/2|½)?|${WORD_NUMBER}(?:\\s+and\\s+${HALF})?|${HALF})`;
const UNIT = `(?:years?|yrs?\\.?|months?|mos?\\.|seasons?|weeks?)`;

// NOTE: the explicit month count wins: "One (1) year (12 months)" → 12; "one season of experience
// (approximately three months)" → 3; "two (2) years" → 24 (the digits in parentheses repeat the
// number); "year-for-year" has no number, so it is no duration.
const DURATION = new RegExp(
  `\\b(?:more than\\s+|over\\s+|at least\\s+|a minimum of\\s+|up to\\s+)?` +
    `(${NUMBER})(?:\\s*\\((\\d+(?:\\.\\d+)?)\\))?[- ]?\\s*(?:additional\\s+|full[- ]time\\s+|calendar\\s+)?(${UNIT})(?:['’]s?)?` +
    `(?:\\s+and\\s+(${NUMBER})(?:\\s*\\(\\d+\\))?\\s+months?)?` +
    `(?:\\s*\\((?:approximately\\s+|about\\s+|or\\s+)?(${NUMBER})(?:\\s*\\(\\d+\\))?\\s*(?:months?|mos?\\.?)\\)|\\s*/\\s*(\\d+)\\s*months?)?`,
  'gi',
);
/** Text DURATION can match names one of its units: a superset of UNIT, in any case. */
const MAY_NAME_UNIT = /yrs?|years?|months?|mos?\.|seasons?|weeks?/i;

const LATE_MONTHS = new RegExp(
  `^[^.;()]{0,40}?\\((?:approximately|about)\\s+(${NUMBER})\\s+months?\\)`,
  'i',
);

/** The number a word or digit phrase stands for: "twenty-four" → 24, "1 1/2" → 1.5. */
export function parseNumber(text: string): number | null {
  const t = text.trim().toLowerCase();
  if (t === '') return null;
  const digits = /^(\d+(?:\.\d+)?)(?:\s+1\/2|½)?$/.exec(t);
  if (digits?.[1] !== undefined) return Number(digits[1]) + (/1\/2|½/.test(t) ? 0.5 : 0);
  if (/^(?:one|a)[- ]half$/.test(t)) return 0.5;
  const withHalf = /^(.+?)\s+and\s+(?:one|a)[- ]half$/.exec(t);
  if (withHalf?.[1] !== undefined) {
    const whole = parseNumber(withHalf[1]);
    return whole === null ? null : whole + 0.5;
  }
  const parts = t.split(/[- ]/);
  let total = 0;
  for (const part of parts) {
    const value = UNITS[part] ?? TENS[part];
    if (value === undefined) return null;
    total += value;
  }
  return total;
}

function unitMonths(unit: string): number {
  const u = unit.toLowerCase();
  if (u.startsWith('y')) return 12;
  if (u.startsWith('season')) return 3;
  if (u.startsWith('week')) return 12 / 52;
  return 1;
}

/** Every duration in the text, in order. */
export function findDurations(text: string): Duration[] {
  const found: Duration[] = [];
  // NOTE: every duration names a unit; most sentences that name none are ruled out by this cheap
  // test before the number-word alternatives of DURATION are tried at each word.
  if (!MAY_NAME_UNIT.test(text)) return found;
  DURATION.lastIndex = 0;
  for (let m = DURATION.exec(text); m !== null; m = DURATION.exec(text)) {
    const [whole, numberText, digitText, unit, extraMonths, parenMonths, slashMonths] = m;
    const explicitMonths = parenMonths ?? slashMonths;
    if (numberText === undefined || unit === undefined) continue;
    let months: number;
    const explicit = explicitMonths !== undefined ? parseNumber(explicitMonths) : null;
    if (explicit !== null) {
      months = explicit;
    } else {
      const n =
        digitText !== undefined && !/half|½|1\/2/i.test(numberText)
          ? Number(digitText)
          : parseNumber(numberText);
      if (n === null) continue;
      months = n * unitMonths(unit);
      if (extraMonths !== undefined) months += parseNumber(extraMonths) ?? 0;
      if (/^season/i.test(unit)) {
        const late = LATE_MONTHS.exec(text.slice(m.index + whole.length));
        const lateMonths = late?.[1] !== undefined ? parseNumber(late[1]) : null;
        if (late !== null && lateMonths !== null) {
          months = lateMonths;
          // The "(approximately three months)" is this duration's, not another one.
          DURATION.lastIndex = m.index + whole.length + late[0].length;
        }
      }
    }
    found.push({
      months: Math.round(months * 100) / 100,
      index: m.index,
      end: m.index + whole.length,
      text: whole,
    });
  }
  return found;
}

/** The months of the first duration in the text, or null when it states none. */
export function parseMonths(text: string): number | null {
  return findDurations(text)[0]?.months ?? null;
}
