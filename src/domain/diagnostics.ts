// Diagnostics: what messy documents produce instead of exceptions.
// [Reference] ../shared/STYLE.md, "Errors: two kinds, never mixed".

export type Severity = 'error' | 'warning' | 'info';

export const DIAGNOSTIC_CODES = [
  // file-level problems
  'empty-file',
  'binary-file',
  'file-too-large',
  'bad-encoding',
  'unsupported-format',
  'unreadable-file',
  'csv-row',
  'unknown-jurisdiction',
  // extraction artefacts (kept or dropped, and said so)
  'replacement-character',
  'struck-text',
  // structure
  'no-classes',
  'no-title',
  'unplaced-text',
  'lost-heading',
  'duplicate-class',
  // fields
  'no-qualifications',
  'shared-qualifications',
  'unparsed-qualification',
  'no-ksas',
  'unmatched-ksa',
  'unresolved-class-reference',
] as const;

export type DiagnosticCode = (typeof DIAGNOSTIC_CODES)[number];

export interface Diagnostic {
  file: string;
  line: number | null;
  severity: Severity;
  code: DiagnosticCode;
  message: string;
  /** The class the diagnostic concerns, when there is one. */
  classId?: string;
  /** The text that could not be placed, kept whole. */
  text?: string;
}

/** What every parser returns: a value and what it noticed, never an exception. */
export interface Parsed<T> {
  value: T;
  diagnostics: Diagnostic[];
}
