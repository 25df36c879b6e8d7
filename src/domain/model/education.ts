// Education levels, ordered lowest first, as the graph-document contract names them.
// [Reference] ../shared/PRODUCT.md, "Data contract": minEducation.

export const EDUCATION_LEVELS = [
  'none',
  'high_school',
  'associate',
  'bachelor',
  'master',
  'doctorate',
] as const;

export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

/** 0 for `none` … 5 for `doctorate`. */
export function educationRank(level: EducationLevel): number {
  return EDUCATION_LEVELS.indexOf(level);
}

export function isEducationLevel(value: unknown): value is EducationLevel {
  return typeof value === 'string' && (EDUCATION_LEVELS as readonly string[]).includes(value);
}

export const EDUCATION_LABELS: Record<EducationLevel, string> = {
  none: 'No formal education',
  high_school: 'High school',
  associate: 'Associate degree / 2 years of college',
  bachelor: "Bachelor's degree",
  master: "Master's degree",
  doctorate: 'Doctorate',
};

/** "Bachelor's degree in social work"; the level's label alone when any field will do. */
export function educationText(level: EducationLevel, field: string | null | undefined): string {
  return field ? `${EDUCATION_LABELS[level]} in ${field}` : EDUCATION_LABELS[level];
}
