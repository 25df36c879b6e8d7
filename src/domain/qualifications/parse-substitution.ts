// A substitution sentence → what it replaces (experience or education), for how many months, and
// what the person must have instead ("30 credits towards a Master's Degree in Social Work may be
// substituted for one year of the above stated experience" → experience, 12, 30 credits, master).
// [Reference] ../shared/PRODUCT.md, "Minimum qualifications as rules" (substitutions).

import type { Substitution } from '../model/index.ts';
import { parseEducation } from './parse-education.ts';
import { findDurations, parseNumber } from './parse-months.ts';

const SUBSTITUTION =
  /\b(?:may|can|will|shall)\s+(?:be\s+)?(?:substitut\w*|accepted in lieu|used in lieu|count)|\bin lieu of\b|\bsubstitut\w+ (?:for|this)\b/i;
const EQUIVALENT_COMBINATION = /\bequivalent combination\b|\bany combination\b/i;
const NO_SUBSTITUTION = /\bno substitution\b|\bonly one substitution\b|\bwhen substituting\b/i;

/** True when the sentence states a substitution ("… may be substituted for …"). */
export function isSubstitution(text: string): boolean {
  if (!SUBSTITUTION.test(text) && !/\bsubstitut/i.test(text)) return false;
  // "No substitution is permitted …" states none; "… may be substituted …. When substituting …"
  // still states one.
  return !NO_SUBSTITUTION.test(text) || /\b(?:may|can)\s+(?:be\s+)?substitut/i.test(text);
}

const CREDITS = /\b(\d+|[a-z]+(?:-[a-z]+)?)\s+(?:(semester|quarter)\s+)?(?:graduate\s+)?(?:credits?|units?|(?:credit\s+)?hours?)\b/i;

// NOTE: the sentence splits at its verb: what comes before "may be substituted for" is what the
// person has; what comes after is what it replaces. "Additional qualifying experience may be
// substituted for the required education on a year-for-year basis" → replaces education,
// months null, yearForYear.
/** The substitution a sentence states, or null when it states none. Never throws. */
export function parseSubstitution(text: string, line: number | null): Substitution | null {
  if (!isSubstitution(text)) return null;
  const clean = text.replace(/^[([]\s*|\s*[)\]]$/g, '').replace(/^substitutions?:\s*/i, '');
  const verb = /\b(?:may|can|will|shall)\s+(?:be\s+)?(?:substitut\w*|accepted|used|count\w*)(?:\s+(?:for|toward|towards|in lieu of))?|\bsubstitut\w*(?:\s+(?:for|this))?|\bin lieu of\b/i.exec(clean);
  const subject = verb === null ? clean : clean.slice(0, verb.index);
  const object = verb === null ? '' : clean.slice(verb.index + verb[0].length);
  const equivalentCombination = EQUIVALENT_COMBINATION.test(subject) && findDurations(subject).length === 0;
  const objectMentionsEducation = /\beducation|\bdegree|\bcollege|\bcourse ?work|\beducational\b/i.test(object);
  const objectMentionsExperience = /\bexperience\b|\bwork\b/i.test(object);
  const subjectIsExperience = /\bexperience\b/i.test(subject) && !/\bdegree|\bcredits?\b|\bunits?\b|\bcollege|\beducation\b|\bcourse/i.test(subject);
  let replaces: Substitution['replaces'];
  if (objectMentionsEducation && !objectMentionsExperience) replaces = 'education';
  else if (objectMentionsExperience && !objectMentionsEducation) replaces = 'experience';
  else if (equivalentCombination) replaces = 'education';
  else replaces = subjectIsExperience ? 'education' : 'experience';

  const yearForYear = /\byear[- ]for[- ]year\b/i.test(clean);
  const objectDuration = findDurations(object)[0];
  const months = objectDuration?.months ?? null;

  const credits = CREDITS.exec(subject);
  const creditCount = credits?.[1] === undefined ? null : parseNumber(credits[1]);
  const education = subjectIsExperience ? null : parseEducation(subject);
  const subjectDuration = subjectIsExperience ? findDurations(subject)[0] : undefined;
  const field = education?.field ?? null;
  return {
    text: text.trim(),
    replaces,
    months,
    requires: {
      credits: creditCount !== null && creditCount > 0 ? creditCount : null,
      level: education?.level ?? null,
      field,
      experienceMonths: subjectDuration?.months ?? null,
    },
    equivalentCombination,
    line,
    ...(yearForYear ? { yearForYear } : {}),
  };
}
