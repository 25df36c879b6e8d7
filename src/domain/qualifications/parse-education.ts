// An education clause → level, field and the credentials it accepts instead of the degree.
// [Reference] ../shared/PRODUCT.md, "Data contract": minEducation ("equivalent to graduation from
// college" = bachelor; two years or 60 semester units of college = associate; less = high school).

import type { EducationLevel, EducationRequirement } from '../model/index.ts';
import { educationRank } from '../model/index.ts';
import { parseNumber, WORD_NUMBER } from './parse-months.ts';

interface LevelMention {
  level: EducationLevel;
  index: number;
  end: number;
}

// NOTE: every number parseNumber reads: "fourteen semester units" → 14, "twenty-four" → 24.
const NUM = `(?:\\d+|${WORD_NUMBER})`;

const PATTERNS: { level: EducationLevel; re: RegExp }[] = [
  {
    level: 'doctorate',
    re: /\b(?:doctor(?:al|ate)?(?:'s)?\s+degree|doctorates?\b|ph\.?\s?d\b|doctor of (?:medicine|philosophy|veterinary medicine|osteopath\w*|dental \w+|psychology|pharmacy|education|optometry|podiatr\w*)|juris doctor|(?:graduation from|degree from) (?:an? )?(?:accredited |recognized )*(?:school|college) of (?:medicine|podiatr\w*|dentistry|osteopathic medicine|veterinary medicine|optometry|pharmacy)|doctoral (?:program|candidacy)|graduat(?:ion|ed?) from (?:an? )?(?:(?:approved|accredited|recognized)\s+)*(?:medical|osteopathic|dental|veterinary|podiatric|chiropractic)(?: or (?:medical|osteopathic|dental))? (?:school|college))/gi,
  },
  {
    level: 'master',
    re: /\bmaster(?:'s|s)?(?:\s+(?:or\s+\w+\s+)?degree|\s+of\s+[A-Z]\w+|\s+or\s+(?:doctor\w*|higher))|\b(?:graduate|advanced) degree\b|\bM\.?S\.?W\b|\bmental development equivalent to the completion of (?:a )?master|\btwo-year graduate curriculum/gi,
  },
  {
    level: 'bachelor',
    re: /\bbachelor(?:'s|s)?\b|\bbaccalaureate\b|\bgraduation(?: \([^)]*\))? from (?:an? |the )?(?:(?:accredited|recognized|four[- ]year|accredited four[- ]year)\s+)*(?:college|university)\b|\bgraduat(?:ion|ed?) from college\b|\bfour[- ]year (?:college |university )?degree\b|\bcollege degree\b|\bcollege graduat(?:e|ion)\b/gi,
  },
  {
    level: 'associate',
    re: /\bassociate(?:'s)?(?: of (?:arts|science|applied science))?(?: or [\w ]+?)? degree\b|\bassociate of (?:arts|science)\b|\bA\.A\.? degree|\btwo[- ]year (?:college |associate )?degree\b/gi,
  },
  {
    level: 'high_school',
    re: /\bhigh school\b|\btwelfth grade\b|\b12th grade\b|\bG\.?E\.?D\.?(?=\W|$)|\bsecondary school\b|\bhigh school equivalency\b/gi,
  },
  {
    level: 'none',
    re: /\b(?:sixth|seventh|eighth|ninth|tenth|eleventh|6th|7th|8th|9th|10th|11th) grade\b/gi,
  },
];

// "two years of college", "completion of four years of college", "two years (60 semester units) of study"
const YEARS_OF_COLLEGE = new RegExp(
  String.raw`\b(${NUM})(?:\s*\(\d+\))?[- ]years?(?:\s*\([^)]*\))? of (?:(?:general |accredited |full[- ]time )?(?:college|university|post-?secondary|academic|undergraduate|study|college-level|college level))`,
  'gi',
);
// "three years of graduate education in clinical psychology" → master
const GRADUATE_YEARS = new RegExp(String.raw`\b(${NUM})(?:\s*\(\d+\))?[- ]years? of (?:full[- ]time )?graduate (?:education|study|studies|work|course ?work|training)`, 'gi');
// "60 semester units of college-level course work", "nine semester units"
const UNITS_OF_COLLEGE = new RegExp(
  String.raw`\b(${NUM})\s+(semester|quarter)(?: units| hours| credits| credit hours)`,
  'gi',
);

/**
 * A word every pattern above needs one of: most sentences ("Two years of experience in …") name no
 * schooling, and are let go after one pass instead of nine.
 */
const MAY_NAME_LEVEL =
  /doctor|\bph\.?\s?d|school|college|master|degree|\bm\.?s\.?w|mental development|graduat|bachelor|baccalaureate|associate|grade|\bg\.?e\.?d|universit|secondary|academic|study|semester|quarter/i;

// NOTE: the clause's lowest level wins when it offers several ("a Bachelor's or advanced degree"
// → bachelor; "completion of high school equivalency or a two- or four-year degree" → high_school),
// since meeting the lowest alternative meets the clause.
function findLevels(text: string): LevelMention[] {
  const found: LevelMention[] = [];
  if (!MAY_NAME_LEVEL.test(text)) return found;
  for (const { level, re } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      found.push({ level, index: m.index, end: m.index + m[0].length });
    }
  }
  GRADUATE_YEARS.lastIndex = 0;
  for (let m = GRADUATE_YEARS.exec(text); m !== null; m = GRADUATE_YEARS.exec(text)) {
    const years = parseNumber(m[1] ?? '') ?? 0;
    found.push({ level: years >= 2 ? 'master' : 'bachelor', index: m.index, end: m.index + m[0].length });
  }
  YEARS_OF_COLLEGE.lastIndex = 0;
  for (let m = YEARS_OF_COLLEGE.exec(text); m !== null; m = YEARS_OF_COLLEGE.exec(text)) {
    const years = parseNumber(m[1] ?? '') ?? 0;
    const level: EducationLevel = years >= 4 ? 'bachelor' : years >= 2 ? 'associate' : 'high_school';
    found.push({ level, index: m.index, end: m.index + m[0].length });
  }
  if (found.length === 0) {
    UNITS_OF_COLLEGE.lastIndex = 0;
    for (let m = UNITS_OF_COLLEGE.exec(text); m !== null; m = UNITS_OF_COLLEGE.exec(text)) {
      const units = parseNumber(m[1] ?? '') ?? 0;
      const semester = m[2]?.toLowerCase() === 'quarter' ? units / 1.5 : units;
      const level: EducationLevel =
        semester >= 120 ? 'bachelor' : semester >= 60 ? 'associate' : 'high_school';
      found.push({ level, index: m.index, end: m.index + m[0].length });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

const FIELD_LEAD =
  /^[^.;:]*?\b(?:(?:with|and) (?:a |an )?(?:major|majors|specialization|concentration|emphasis|major work|course work|coursework|specialized (?:course work|training))(?: work)?|majoring|degree|curriculum|university|college|studies|school|course work|coursework)\s+(?:in|of)\s+(?!an? (?:accredited|recognized)|the (?:state|united)|(?:an? )?(?:accredited |recognized )?(?:college|university|institution|school)\b)(?:the )?(?:field of |fields of |area of |areas of )?/i;
const FIELD_END =
  /\s+(?:from|at|by|which|that|whose|including|where|as (?:determined|approved|measured)|with at least|or (?:possession|its|an? equivalent|equivalent|a (?:[\w-]+ ){0,4}?(?:certificate|credential|license|diploma))|or completion|and (?:two|one|three|four|five|six|seven|eight|\d+|possession|completion|at least))\b|[.;(:]|,\s*(?:and|or\s+)?(?:two|one|three|four|five|six|\d+)\b|\*/i;

/** "Social Work" → "social work"; "a human services field" → "human services". */
function normalizeField(field: string): string {
  return field
    .toLowerCase()
    .replace(/["*]/g, '')
    .replace(/^(?:a|an|the|any)\s+/, '')
    .replace(/\s+(?:field|fields|discipline|disciplines|area|areas)$/, '')
    .replace(/[\s,]+$/, '')
    .trim();
}

function findField(text: string, from: number): string | null {
  const rest = text.slice(from);
  const lead = FIELD_LEAD.exec(rest);
  if (lead === null) return null;
  if (/\bpreferabl[ey]\b/i.test(rest.slice(0, lead.index + lead[0].length))) return null;
  const after = rest.slice(lead.index + lead[0].length);
  const end = FIELD_END.exec(after);
  const raw = (end === null ? after : after.slice(0, end.index)).replace(/\s+(?:and|or|with|plus)\s*$/i, '').trim();
  if (raw === '' || raw.split(/\s+/).length > 40) return null;
  const field = normalizeField(raw);
  // "Coursework in any curriculum / any discipline": no field asked for.
  return field === '' || /^(?:curricul(?:um|a)|disciplines?|fields?|majors?|subjects?|areas?(?: of study)?)$/.test(field) ? null : field;
}

/**
 * The field a clause names for its schooling, level or none: "College coursework in accounting or
 * a closely related field, as measured by the following conversion table" → "accounting or a
 * closely related field".
 */
export function educationField(text: string): string | null {
  return findField(text, 0);
}

const ALTERNATIVE =
  /\bor (?:possession of )?(?:a |an |the )?(?:valid )?((?:[A-Z][\w'.-]*\s+){0,6}(?:Teacher's |Teaching |Professional )?(?:Certificate|Credential|Diploma|License|Licence)\b(?:\s+(?:in|as|of)\s+[A-Z][\w ]*?)?)(?=\s+for which|[,.;]|\s+and\b|$)/g;
const OTHER_ALTERNATIVE = /\bor (completion of (?:a |an )?[a-z][\w '-]*?(?:curriculum|program|course|training))\b/gi;

/**
 * The education an experience-free clause asks for, or null when it names none. Never throws.
 * "Bachelor's degree with a major in the social or behavioral science …" → bachelor, field
 * "social or behavioral science or related health specialty".
 */
export function parseEducation(raw: string): EducationRequirement | null {
  // Footnote marks would split "Degree* in Social Work".
  const text = raw.includes('*') ? raw.replace(/(?<=[\w'])\*+/g, '') : raw;
  const mentions = findLevels(text);
  if (mentions.length === 0) return null;
  let chosen = mentions[0] as LevelMention;
  for (const m of mentions) {
    // "… Teacher's Certificate for which a Bachelor's Degree is required": the degree named in an
    // alternative's condition is not another level.
    if (/for which (?:an? )?$/i.test(text.slice(Math.max(0, m.index - 14), m.index))) continue;
    if (educationRank(m.level) < educationRank(chosen.level)) chosen = m;
  }
  const first = mentions[0] as LevelMention;
  const field = findField(text, first.index) ?? findField(text, chosen.index);
  const alternatives: string[] = [];
  ALTERNATIVE.lastIndex = 0;
  for (let m = ALTERNATIVE.exec(text); m !== null; m = ALTERNATIVE.exec(text)) {
    if (m[1] !== undefined) alternatives.push(m[1].trim());
  }
  if (chosen.level === 'high_school' || chosen.level === 'none') {
    OTHER_ALTERNATIVE.lastIndex = 0;
    for (let m = OTHER_ALTERNATIVE.exec(text); m !== null; m = OTHER_ALTERNATIVE.exec(text)) {
      if (m[1] !== undefined) alternatives.push(m[1].trim());
    }
  }
  return { level: chosen.level, field, alternatives, text: raw.trim() };
}
