// Rank words in class titles: "Senior Photographer", "Electrician Sub-Foreman", "Assistant Bursar" —
// the rungs of a title family where an index files classes by work area and states no series.
// [Reference] ../shared/corpus/README.md (the SUCSS index has no promotional lines); issue 3
// "Edges" (promotion: series order).
// NOTE: "Associate", "Manager" and "Director" are no rank words: "Internal Auditor Associate" and
// "Associate Director" point opposite ways. A title with two rank words ("Assistant Supervisor")
// belongs to no family, but for "Assistant Chief", a rung of its own between the two.

/** Rank words, lowest rung first; the base title (no rank word) stands at 0. */
const RANKS: readonly [word: string, rank: number][] = [
  ['trainee', -2],
  ['apprentice', -2],
  ['junior', -1],
  ['assistant', -1],
  ['senior', 1],
  // A uniformed line's ranks above its officers ("Police Corporal" … "Police Captain"); the
  // officer's own title ("Police Officer") stands at 0 beside them (see build-promotion-edges.ts).
  ['corporal', 1],
  ['sergeant', 2],
  ['lieutenant', 3],
  ['captain', 4],
  ['lead', 2],
  ['sub-foreman', 3],
  ['sub foreman', 3],
  ['foreman', 4],
  ['supervising', 5],
  ['supervisor', 5],
  ['assistant chief', 6],
  ['chief', 7],
];

const RANK_OF = new Map(RANKS);

/** The rank words of a uniformed line, whose base rung is its officer ("Police Officer"). */
export const UNIFORMED_RANKS: ReadonlySet<string> = new Set([
  'corporal',
  'sergeant',
  'lieutenant',
  'captain',
]);

// Longest first, so "assistant chief" and "sub-foreman" win over "assistant" and "foreman". "Lead"
// before an abatement or a paint is the metal.
const RANK_WORD = new RegExp(
  `(?<![\\w'-])(${[...RANK_OF.keys()]
    .sort((a, b) => b.length - a.length)
    .join('|')})(?![\\w'-])(?<!\\blead(?= (?:abatement|paint|poison|hazard|based)))`,
  'g',
);

/** Titles whose rank-like word names another occupation: a physician assistant is no physician. */
const NOT_A_RANK = /\bphysician'?s? assistant\b/;

/**
 * "Electrician Sub-Foreman" → { family: "electrician", rank: 3, word: "sub-foreman" };
 * "Electrician" → { family: "electrician", rank: 0, word: null }; null for a title with two rank
 * words ("Assistant Supervisor of Medical Social Services").
 */
export function parseTitleRank(
  title: string,
): { family: string; rank: number; word: string | null } | null {
  const lower = title.toLowerCase().replace(/\s+/g, ' ').trim();
  const found = NOT_A_RANK.test(lower) ? [] : [...lower.matchAll(RANK_WORD)];
  if (found.length > 1) return null;
  const m = found[0];
  if (m === undefined) return { family: lower, rank: 0, word: null };
  const word = m[1] as string;
  const family = `${lower.slice(0, m.index)} ${lower.slice(m.index + word.length)}`
    .replace(/\(\s*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,-]+|[\s,-]+$/g, '');
  if (family === '') return null;
  return {
    family,
    rank: RANK_OF.get(word) as number,
    word: word === 'sub foreman' ? 'sub-foreman' : word,
  };
}
