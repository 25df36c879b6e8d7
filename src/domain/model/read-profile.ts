// A profile from outside the program (a JSON file given to the CLI, a record kept in the browser):
// the profile the queries can rely on, or what is wrong with it. The one check both sides use, so a
// profile the CLI refuses is not one the explorer takes, and the other way round.
// [Reference] profile.ts; ../shared/STYLE.md "Errors" (bad input is data, not an exception).

import { EDUCATION_LEVELS, isEducationLevel, type EducationLevel } from './education.ts';
import type { Profile } from './profile.ts';

/** A profile, or what is wrong with it ("has an experience entry without classId and months"). */
export type ProfileReading =
  { profile: Profile; problem: null } | { profile: null; problem: string };

const LEVELS = EDUCATION_LEVELS.join(', ');

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isAmount(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

/**
 * `value` as a profile. Missing parts are empty (no education, no experience); parts that are there
 * must be well formed: an education level of the scale, experience entries with a class id and
 * months (≥ 0), credits toward a level, licences as text. Class ids are not looked up here.
 */
export function readProfile(value: unknown): ProfileReading {
  const bad = (problem: string): ProfileReading => ({ profile: null, problem });
  if (!isRecord(value)) return bad('is not an object');
  const education = value.education ?? { level: 'none', field: null };
  if (!isRecord(education) || !isEducationLevel(education.level)) {
    const level = isRecord(education) ? education.level : education;
    return bad(`has education.level ${JSON.stringify(level) ?? 'undefined'} (${LEVELS})`);
  }
  const field = education.field ?? null;
  if (field !== null && typeof field !== 'string')
    return bad('has an education.field that is not text');

  const listOf = (key: string): unknown[] | null => {
    const list = value[key] ?? [];
    return Array.isArray(list) ? list : null;
  };
  const experience = listOf('experience');
  if (experience === null) return bad('has an experience that is not a list');
  if (
    !experience.every(
      (e) => isRecord(e) && typeof e.classId === 'string' && e.classId !== '' && isAmount(e.months),
    )
  )
    return bad('has an experience entry without classId and months (0 or more)');
  const credits = listOf('credits');
  if (credits === null) return bad('has credits that are not a list');
  if (
    !credits.every(
      (c) =>
        isRecord(c) &&
        isEducationLevel(c.toward) &&
        isAmount(c.credits) &&
        (c.field === undefined || c.field === null || typeof c.field === 'string'),
    )
  )
    return bad(`has a credits entry without toward (${LEVELS}) and credits (0 or more)`);
  const licenses = listOf('licenses');
  if (licenses === null || !licenses.every((l) => typeof l === 'string'))
    return bad('has licenses that are not a list of text');

  return {
    profile: {
      education: { level: education.level, field },
      credits: credits.map((c) => {
        const x = c as Record<string, unknown>;
        return {
          toward: x.toward as EducationLevel,
          field: (x.field as string | null | undefined) ?? null,
          credits: x.credits as number,
        };
      }),
      experience: experience.map((e) => {
        const x = e as Record<string, unknown>;
        return { classId: x.classId as string, months: x.months as number };
      }),
      licenses: licenses as string[],
    },
    problem: null,
  };
}
