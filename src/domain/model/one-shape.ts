// A job class rebuilt with every field in one order, optional fields included: what the classes of
// a graph document are made into once they are all parsed, so that the code reading them (the edge
// rules, the graph, the writers) meets one object layout, not a dozen.
// NOTE: the classes came from parsers that leave optional fields out when empty, from two kinds of
// source (documents, SUCSS exports), and from worker threads (objects rebuilt by the structured
// clone). In the corpus that gave 3 layouts of a class and 10 of its qualifications; the JavaScript
// engine then reads a field through slower, generic paths, and optimized code is thrown away and
// rebuilt as each new layout comes (the corpus's edges took 45 ms longer, median of 10 fresh runs).
// Copying the classes costs a few milliseconds.
// The order is the order the parsers write the fields in, so the document's JSON (which leaves an
// undefined field out) is the same byte for byte.

import type {
  ExperienceRequirement,
  JobClass,
  QualificationRoute,
  Qualifications,
} from './job-class.ts';

/** `T` with every field present: a field left out of a literal of this type fails to compile. */
type EveryField<T> = { [K in keyof Required<T>]: T[K] };

function experience(e: ExperienceRequirement): ExperienceRequirement {
  const shaped: EveryField<ExperienceRequirement> = {
    months: e.months,
    kind: e.kind,
    kindIds: e.kindIds,
    classRefs: e.classRefs,
    including: e.including,
    text: e.text,
    line: e.line,
    pool: e.pool,
    specific: e.specific,
  };
  return shaped;
}

function route(r: QualificationRoute): QualificationRoute {
  const shaped: EveryField<QualificationRoute> = {
    id: r.id,
    label: r.label,
    text: r.text,
    education: r.education,
    experience: r.experience.map(experience),
    licenses: r.licenses,
    equivalentCombination: r.equivalentCombination,
    line: r.line,
    other: r.other,
  };
  return shaped;
}

function qualifications(q: Qualifications): Qualifications {
  const shaped: EveryField<Qualifications> = {
    text: q.text,
    routes: q.routes.map(route),
    substitutions: q.substitutions,
    minEducation: q.minEducation,
    minExperienceMonths: q.minExperienceMonths,
    licenses: q.licenses,
    lines: q.lines,
    notes: q.notes,
    specialLicenses: q.specialLicenses,
  };
  return shaped;
}

/**
 * `cls` as a new object of the one layout, its qualifications, routes and experience requirements
 * and source too; equal to `cls` field for field (an absent optional field is present and
 * undefined). The other fields are shared with `cls`, not copied.
 */
export function inOneShape(cls: JobClass): JobClass {
  const shaped: EveryField<JobClass> = {
    id: cls.id,
    jurisdiction: cls.jurisdiction,
    code: cls.code,
    title: cls.title,
    series: cls.series,
    summary: cls.summary,
    duties: cls.duties,
    ksas: cls.ksas,
    qualifications: qualifications(cls.qualifications),
    specialRequirements: cls.specialRequirements,
    source: { file: cls.source.file, lines: cls.source.lines },
    facts: cls.facts,
    lineOf: cls.lineOf,
    notes: cls.notes,
    namedAt: cls.namedAt,
    fileOf: cls.fileOf,
  };
  return shaped;
}
