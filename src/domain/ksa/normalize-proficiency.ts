// Proficiency words ("working", "thorough", "extensive") → the ordinal level the model stores.
// [Reference] src/domain/model/job-class.ts, Ksa.proficiency: 1 basic/elementary/some, 2 general,
// 3 working/good/considerable, 4 thorough/advanced, 5 extensive/comprehensive/expert.

/** The plain name of each level, 1 basic … 5 extensive (index 0 is unused). */
export const PROFICIENCY_NAMES = [
  '',
  'basic',
  'general',
  'working',
  'thorough',
  'extensive',
] as const;

/**
 * The word a statement used for its proficiency, with the level's plain name when that differs
 * (the scale the views' legends give): "thorough", "good (working)", "in-depth (thorough)"; the
 * plain name alone when the statement used none.
 */
export function proficiencyLabel(level: number, word: string | null | undefined): string {
  const name = PROFICIENCY_NAMES[level] || String(level);
  if (!word || word.toLowerCase() === name) return name;
  return `${word} (${name})`;
}

/** Every word or phrase the KSA parser accepts as a proficiency, with its level. */
export const PROFICIENCY_LEVELS: ReadonlyMap<string, number> = new Map([
  ['basic', 1],
  ['elementary', 1],
  ['some', 1],
  ['limited', 1],
  ['rudimentary', 1],
  ['beginning', 1],
  ['introductory', 1],
  ['entry level', 1],
  ['general', 2],
  ['fundamental', 2],
  ['reasonable', 2],
  ['adequate', 2],
  ['moderate', 2],
  ['working', 3],
  ['good', 3],
  ['considerable', 3],
  ['sound', 3],
  ['solid', 3],
  ['practical', 3],
  ['proven', 3],
  ['demonstrated', 3],
  ['thorough', 4],
  ['advanced', 4],
  ['strong', 4],
  ['in depth', 4],
  ['broad', 4],
  ['well developed', 4],
  ['highly developed', 4],
  ['substantial', 4],
  ['full', 4],
  ['detailed', 4],
  ['extensive', 5],
  ['comprehensive', 5],
  ['expert', 5],
  ['expert level', 5],
  ['superior', 5],
  ['exceptional', 5],
  ['mastery', 5],
  ['complete', 5],
]);

/**
 * The ordinal proficiency of a word or short phrase, or null when it names none.
 * Case, hyphens and extra spaces are ignored: "In-depth" → 4, "Well developed" → 4.
 * NOTE: "demonstrated" and "proven" say the skill has been shown in practice, not how much of it;
 * they are read as 3 (working), the level a person who has used the skill on the job holds:
 * "Demonstrated skill in interview techniques" → 3.
 */
export function normalizeProficiency(word: string): number | null {
  const key = word
    .toLowerCase()
    .replace(/[-\u2010-\u2014]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return PROFICIENCY_LEVELS.get(key) ?? null;
}
