// KSA sections → one statement each, with kind, proficiency and competencies.
// [Reference] ../shared/PRODUCT.md, "The graph" (shared-KSA) and the O*NET content model.
// STUB: the signature is fixed; the KSA work fills in the body.

import type { Parsed } from '../diagnostics.ts';
import type { Ksa, SourceLine } from '../model/index.ts';

export interface ParseKsasOptions {
  file: string;
  classId?: string;
}

/**
 * Splits the lines of a KSA section (group headings such as "Thorough Knowledge of:" included)
 * into statements. Never throws.
 */
export function parseKsas(lines: SourceLine[], options: ParseKsasOptions): Parsed<Ksa[]> {
  void options;
  return {
    value: lines
      .filter((l) => l.text.trim() !== '')
      .map((l) => ({
        text: l.text.trim(),
        kind: 'other' as const,
        proficiency: null,
        proficiencyWord: null,
        competencies: [],
        matches: [],
        line: l.line,
      })),
    diagnostics: [],
  };
}
