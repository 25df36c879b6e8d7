// The job class and the parts of it every floor shares: KSAs, qualification routes, sources.
// [Reference] ../shared/PRODUCT.md, "Data contract" (fields other tools rely on) and
// "Minimum qualifications as rules".

import type { EducationLevel } from './education.ts';

/** 1-based line numbers in the source document, inclusive. */
export type LineSpan = [from: number, to: number];

export type KsaKind = 'knowledge' | 'skill' | 'ability' | 'other';

/** A competency match of one KSA statement, with how sure the matcher is (0..1). */
export interface CompetencyMatch {
  id: string;
  confidence: number;
}

export interface Ksa {
  text: string;
  kind: KsaKind;
  /**
   * Ordinal proficiency from the statement's wording, or null when it names none:
   * 1 basic/elementary/some, 2 general, 3 working/good/considerable, 4 thorough/advanced,
   * 5 extensive/comprehensive/expert.
   */
  proficiency: number | null;
  /** The word the proficiency came from ("thorough"), or null. */
  proficiencyWord: string | null;
  /** Competency ids, strongest match first (O*NET element ids or `rungs:<slug>`). */
  competencies: string[];
  matches: CompetencyMatch[];
  line: number | null;
}

export interface EducationRequirement {
  level: EducationLevel;
  /** The field asked for ("social work", "human services"), or null when any field will do. */
  field: string | null;
  /** Other credentials the same clause accepts in place of the degree (a teaching certificate…). */
  alternatives: string[];
  text: string;
  /**
   * The disciplines the spec itself says the field includes, when it defines the term (Intensive
   * Case Manager: a "human service field" includes social work, psychology, nursing, …).
   */
  fieldDefinition?: string[];
}

export type ClassReferenceKind =
  /** "experience comparable to that performed at the X level" */
  | 'comparable-level'
  /** "performing the duties of a X" */
  | 'performing-duties'
  /** "experience as a X", "in the class of X" */
  | 'in-class';

/** A qualification clause that names another class or level, to be resolved by the graph. */
export interface ClassReference {
  /** The title named; for a `relative` reference, the words that name the level. */
  title: string;
  kind: ClassReferenceKind;
  /** "of this series": the reference stays within the document's series. */
  sameSeries: boolean;
  text: string;
  /**
   * Set when the clause names no title but a level relative to the referring class: "the next
   * lower level of this series" is the rung just below it.
   */
  relative?: 'lower-level';
}

export interface ExperienceRequirement {
  months: number;
  /** What the experience must be ("social casework in a medical, psychiatric or public health setting"). */
  kind: string;
  /** Experience-kind vocabulary ids the description matched (see qualifications/experience-kinds). */
  kindIds: string[];
  classRefs: ClassReference[];
  /** Part of this experience that must be of a narrower kind ("including two years … comparable to …"). */
  including: {
    months: number;
    kind: string;
    classRefs: ClassReference[];
    /** As `specific` below, for this part's kind. */
    specific?: SpecificTerm[];
  }[];
  text: string;
  /** Line of the sentence the requirement came from (the route's `line` is its first clause's). */
  line?: number | null;
  /**
   * The pooled list this experience is a category of ("Any one or combination totaling two years
   * from the categories below"): substitutions of the same pool (its conversion table) count
   * toward these months, and toward no other requirement of the route.
   */
  pool?: string;
  /**
   * What the requirement asks for beyond its kind, as the graph weighs it: its rarer content words
   * (stems), each weighted by how few classes' work mentions it ("journey level plumber" → plumb).
   * Set by the ingest when it builds the edges (see graph/specific-terms.ts); worked out from the
   * graph when absent.
   */
  specific?: SpecificTerm[];
}

/** A content word (stem) of a requirement and its weight: ln(1 + classes / (1 + classes showing it)). */
export interface SpecificTerm {
  term: string;
  weight: number;
}

export interface LicenseRequirement {
  /** Normalised name ("Licensed Clinical Social Worker", "Driver's license"). */
  name: string;
  text: string;
  /** Alternative names any of which satisfies this requirement ("LSW or LCSW"). */
  anyOf: string[];
  /** The state or country that issues it, when the text names one ("New York"). */
  jurisdiction?: string | null;
}

export interface QualificationRoute {
  /** Stable id within the class: "A", "B", "1A+2", … */
  id: string;
  /** How the document labels it ("(a)", "Either I", "Route B"). */
  label: string;
  text: string;
  education: EducationRequirement | null;
  experience: ExperienceRequirement[];
  licenses: LicenseRequirement[];
  /** "An equivalent combination of training and experience": kept, but lowers neither minimum. */
  equivalentCombination: boolean;
  line: number | null;
  /**
   * Requirements of this route the rules cannot check (a completed training course, current
   * employment in a class, "experience and education which provide ability to…"): a route with
   * any is never met automatically.
   */
  other?: string[];
}

export interface Substitution {
  text: string;
  /** What is substituted: months of experience, or an education level. */
  replaces: 'experience' | 'education';
  /** Months of experience it counts for (or replaces), when stated. */
  months: number | null;
  /** What the person must have instead: credits in a field, a degree, extra experience. */
  requires: {
    credits: number | null;
    level: EducationLevel | null;
    field: string | null;
    experienceMonths: number | null;
  };
  /** True when the text is only "an equivalent combination … may be substituted". */
  equivalentCombination: boolean;
  line: number | null;
  /** "… on a year-for-year basis": each year of the one stands for a year of the other. */
  yearForYear?: boolean;
  /** Ids of the routes whose text holds this substitution; absent when it applies to all. */
  routeIds?: string[];
  /** A pooled list's conversion row: counts only toward the experience of that pool (see there). */
  pool?: string;
}

export interface Qualifications {
  text: string;
  routes: QualificationRoute[];
  substitutions: Substitution[];
  minEducation: EducationLevel | null;
  minExperienceMonths: number | null;
  licenses: string[];
  lines: LineSpan | null;
  /** Notes, footnotes and headings of the section that are kept but are not requirements. */
  notes?: { text: string; line: number | null }[];
  /**
   * Licences from the special-requirements lines: required at appointment, listed in `licenses`,
   * but not part of any route (a route is met without them; the assessment lists them apart).
   */
  specialLicenses?: LicenseRequirement[];
}

export interface SeriesInfo {
  id: string;
  title: string;
  level: number | null;
  promotionalLine: string | null;
}

/** A section of the spec kept whole because no field of the contract fits it (working conditions…). */
export interface OtherSection {
  heading: string;
  text: string;
  lines: LineSpan;
}

export interface JobClass {
  id: string;
  jurisdiction: string;
  code: string | null;
  title: string;
  series: SeriesInfo | null;
  summary: string;
  duties: string[];
  ksas: Ksa[];
  qualifications: Qualifications;
  specialRequirements: string[];
  source: { file: string; lines: LineSpan };
  /**
   * Where the document names the class, word for word: its row of a series table, its level
   * heading or the title line (spaces folded); for a class index, the row's code and title. What a
   * ladder edge quotes. Absent when the parser found no such line (and in older documents).
   */
  namedAt?: SourceLine;
  /** Optional facts some specs give. */
  facts: {
    schematicCode?: string;
    occupationalArea?: string;
    workArea?: string;
    probation?: string;
    effectiveDate?: string;
    lastAction?: string;
    /** Dates a CalHR-style page gives ("Established: 10/20/1931", a class history table). */
    established?: string;
    revised?: string;
    titleChanged?: string;
    updated?: string;
    /** "Abolished 09/21/1993." or "(Abolished 01/07/2016 per Pay Letter 16-05)". */
    abolished?: string;
    /** The issuing body's line ("California State Personnel Board Specification"). */
    issuer?: string;
  };
  /** Line numbers per field, so every answer can point at the source. */
  lineOf: {
    summary: LineSpan | null;
    duties: number[];
    specialRequirements: number[];
  };
  /** Desirable qualifications, notes and other sections that are kept but are not requirements. */
  notes: OtherSection[];
  /**
   * The file a field's line numbers refer to when it is not `source.file`: a CSV class index keeps
   * summary, duties, KSAs and qualifications in separate sheets ("il-sucss/ksa.csv"). Absent → source.file.
   */
  fileOf?: { summary?: string; duties?: string; ksas?: string; qualifications?: string };
}

/** A line of a document as the parsers pass it around: its text and its 1-based line number. */
export interface SourceLine {
  text: string;
  line: number | null;
}
