// Minimum-qualification text → routes, substitutions and the derived minima.
// [Reference] ../shared/PRODUCT.md, "Minimum qualifications as rules" and "Data contract".
// STUB: the signature is fixed; the qualifications work fills in the body.

import type { Parsed } from '../diagnostics.ts';
import type { Qualifications, SourceLine } from '../model/index.ts';

export interface ParseQualificationsOptions {
  /** The document's file name, for diagnostics. */
  file: string;
  /** The class the text belongs to, for diagnostics. */
  classId?: string;
  /** Lines of the "special requirements" section(s): licences required there count too. */
  specialRequirements?: SourceLine[];
}

/**
 * Parses the lines of a class's minimum-qualifications sections (including their headings, such as
 * "SUBSTITUTION: …" or "Education: …") into routes. Never throws.
 */
export function parseQualifications(
  lines: SourceLine[],
  options: ParseQualificationsOptions,
): Parsed<Qualifications> {
  const text = lines.map((l) => l.text).join('\n');
  void options;
  return {
    value: {
      text,
      routes: [],
      substitutions: [],
      minEducation: null,
      minExperienceMonths: null,
      licenses: [],
      lines: null,
    },
    diagnostics: [],
  };
}
