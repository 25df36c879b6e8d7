// A requirement sentence → its experience requirements: months, what the experience must be, the
// classes it names, and the narrower part it must include ("… at least two years of which …").
// [Reference] ../shared/PRODUCT.md, "Minimum qualifications as rules".

import type { ClassReference, ExperienceRequirement } from '../model/index.ts';
import { matchExperienceKinds } from './experience-kinds.ts';
import { opened, parseClassReferences } from './parse-class-references.ts';
import { findDurations, type Duration } from './parse-months.ts';

// A duration followed by these is schooling, not experience: "two years of college".
const EDUCATION_AFTER =
  /^\s*(?:\([^)]*\)\s*)?(?:of\s+)?(?:full[- ]time\s+|general\s+|accredited\s+|formal\s+|graduate\s+|additional\s+)*(?:college|university|education|high school|school|study|studies|graduate|undergraduate|course|coursework|academic|semester|quarter|post-?secondary|curriculum|degree|program of study)\b/i;
const EDUCATION_BEFORE =
  /\b(?:a|an|the|one|two|three|four)[- ]?$|\b(?:completion of|equivalent to)\s+(?:the equivalent of\s+)?$/i;
// A duration preceded by these is a deadline or a time window, not experience: "within 12 months".
const NOT_EXPERIENCE_BEFORE =
  /\b(?:within|after|prior to|before|in the (?:past|last)|during the (?:past|last)|for a maximum of|extension of|waiver of|if|since|every|each|per|once)\s+(?:the\s+)?(?:first\s+|last\s+|past\s+)?$/i;
const NOT_EXPERIENCE_AFTER =
  /^\s*(?:has|have|had) (?:lapsed|elapsed|passed)|^\s*(?:of|after|from) (?:the date of )?(?:appointment|hire|employment)\b|^\s*(?:old|of age)\b/i;
const EXPERIENCE_CONTEXT =
  /experien|perform|duties|\bwork|employ|service|served|serving|practice|capacity|position|level of|as an? [A-Z]|in the class|responsib|supervis|residen|teaching|volunteer|training|apprentice/i;
const INCLUDING_BEFORE =
  /(?:including|includ\w*(?: at least)?|of which|at least|with at least|must include|of this|this experience|, )\s*$/i;
const INCLUDING_AFTER =
  /^\s*(?:\([^)]*\)\s*)?(?:of which|of (?:this|that|such|said)|of the (?:above|required|qualifying|total)|must|shall|should|will)\b/i;
const KIND_LEAD =
  /^\s*(?:\([^)]*\)\s*)?(?:of which\s+)?(?:(?:must|shall|should|will)\s+(?:have\s+)?(?:been|include|included|consisted of|be)\s+)?(?:of\s+)?/i;
const KIND_TAIL =
  /(?:[,;:]?\s*\b(?:including|of which|with at least|at least|with|and|or|which|,))+\s*$|[\s,;:.)]+$/i;

function experienceDurations(text: string): Duration[] {
  return findDurations(text).filter((d) => {
    const before = text.slice(Math.max(0, d.index - 40), d.index);
    const after = text.slice(d.end, d.end + 60);
    if (EDUCATION_AFTER.test(after)) return false;
    if (
      /[- ]year$/i.test(d.text) &&
      /^\s*(?:college|university|degree|curriculum|program|course)/i.test(after)
    )
      return false;
    if (NOT_EXPERIENCE_BEFORE.test(before) || NOT_EXPERIENCE_AFTER.test(after)) return false;
    if (EDUCATION_BEFORE.test(before) && /^\s*(?:college|degree)/i.test(after)) return false;
    const around = text.slice(Math.max(0, d.index - 120), d.end + 160);
    return EXPERIENCE_CONTEXT.test(around);
  });
}

function cleanKind(raw: string): string {
  const kind = raw
    .replace(/^\s*experience:\s*/i, '')
    .replace(KIND_LEAD, '')
    .replace(KIND_TAIL, '')
    .replace(/\s+/g, ' ')
    .trim();
  // The tail's closing parenthesis stays when it closes one the kind opened: "the duties of a
  // Custodian Supervisor II (Correctional Facility)" names that class.
  return opened(kind) > 0 && opened(raw) === 0 ? `${kind})` : kind;
}

function build(months: number, kind: string, text: string): ExperienceRequirement {
  return {
    months,
    kind,
    kindIds: matchExperienceKinds(kind),
    classRefs: parseClassReferences(kind),
    including: [],
    text: text.trim(),
  };
}

function withLeadIn(refs: ClassReference[], leadIn: string): ClassReference[] {
  // A cue names a class by a capitalised title, or in lower case after "qualify as".
  if (!/.[A-Z]|qualify/.test(leadIn)) return refs;
  const more = parseClassReferences(leadIn).filter(
    (r) => !refs.some((x) => x.kind === r.kind && x.title === r.title),
  );
  return more.length === 0 ? refs : [...more, ...refs];
}

/**
 * The experience a requirement sentence asks for, in order; several when it joins them with "and"
 * ("one year … performing the duties of a Forestry Assistant II and six months of forestry work").
 * Never throws. A sentence that names classes but no duration ("Current employment in a class
 * not less than that of Staff Services Manager I") gives one requirement of 0 months.
 */
export function parseExperience(text: string): ExperienceRequirement[] {
  const durations = experienceDurations(text);
  if (durations.length === 0) {
    const refs = parseClassReferences(text);
    if (refs.length === 0) return [];
    return [
      {
        months: 0,
        kind: cleanKind(text),
        kindIds: matchExperienceKinds(text),
        classRefs: refs,
        including: [],
        text: text.trim(),
      },
    ];
  }
  const out: ExperienceRequirement[] = [];
  let current: ExperienceRequirement | null = null;
  for (let i = 0; i < durations.length; i++) {
    const d = durations[i] as Duration;
    const next = durations[i + 1];
    const stop = next === undefined ? text.length : next.index;
    const prevEnd = i === 0 ? 0 : (durations[i - 1] as Duration).end;
    const between = text.slice(prevEnd, d.index);
    let kindRaw = text.slice(d.end, stop);
    // "Broad and extensive experience (more than five years) in the practice of law"
    if (/\(\s*$/.test(text.slice(0, d.index))) {
      kindRaw = `${text.slice(prevEnd, d.index).replace(/\(\s*$/, '')} ${text.slice(d.end, stop).replace(/^\s*\)/, '')}`;
    }
    const kind = cleanKind(kindRaw);
    const isIncluding =
      current !== null &&
      (INCLUDING_BEFORE.test(between) || INCLUDING_AFTER.test(text.slice(d.end, d.end + 40))) &&
      !/\band\s*$/i.test(between.trim());
    if (current !== null && isIncluding) {
      current.including.push({ months: d.months, kind, classRefs: parseClassReferences(kind) });
    } else {
      current = build(d.months, kind, text);
      // "Experience sufficient to qualify as a journeyman electrician, with a minimum of seven
      // years …": a class named before the first duration is that experience's.
      if (i === 0) current.classRefs = withLeadIn(current.classRefs, text.slice(0, d.index));
      out.push(current);
    }
  }
  return out;
}

/**
 * The narrower part an aside adds to the experience before it: "(Experience in the California state
 * service applied toward this requirement must include one year performing the duties of a class …
 * not less than that of Associate Governmental Program Analyst.)" → 12 months and the class named.
 * Null when the sentence is not such an aside.
 */
export function parseIncludingAside(
  text: string,
  parentMonths: number,
): { months: number; kind: string; classRefs: ExperienceRequirement['classRefs'] } | null {
  const m =
    /^[([]?\s*(?:(?:qualifying|such|this|the|california state (?:civil )?service|state)\s+)?experience\b[^.]*?\b(?:must|shall|should)\s+(?:have\s+)?(?:include[d]?|been|be)\b\s*/i.exec(
      text,
    );
  if (m === null) return null;
  const rest = text.slice(m[0].length).replace(/[.)\]]+$/, '');
  const d = experienceDurations(rest)[0] ?? findDurations(rest)[0];
  const kind = cleanKind(d === undefined ? rest : rest.slice(d.end));
  const classRefs = parseClassReferences(rest);
  if (classRefs.length === 0 && d === undefined) return null;
  return { months: d?.months ?? parentMonths, kind, classRefs };
}
