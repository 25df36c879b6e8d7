// KSA sections → one statement each, with kind, proficiency and the competencies it names.
// Composes split-ksa-statements.ts (layouts, kinds, proficiency) and match-competencies.ts.
// [Reference] ../shared/PRODUCT.md ("The graph": shared-KSA; "Data contract": ksas).

import type { Diagnostic, Parsed } from '../diagnostics.ts';
import type { Ksa, SourceLine } from '../model/index.ts';
import { matchCompetencies } from './match-competencies.ts';
import { splitKsaStatements } from './split-ksa-statements.ts';

export interface ParseKsasOptions {
  file: string;
  classId?: string;
  /**
   * Each non-blank line is one statement and is never split on semicolons, as in the il-sucss
   * ksa.csv sheet (one statement per row). Default false: the layout is read from the text.
   */
  onePerLine?: boolean;
}

/**
 * Splits the lines of a KSA section (group headings such as "Thorough Knowledge of:" included,
 * the section heading tolerated on the first line) into statements. Never throws; statements
 * that name no competency get an info diagnostic `unmatched-ksa`.
 */
export function parseKsas(lines: SourceLine[], options: ParseKsasOptions): Parsed<Ksa[]> {
  const { statements, diagnostics } = splitSafely(lines, options);
  const all: Diagnostic[] = [...diagnostics];
  const value = statements.map((s): Ksa => {
    const matches = matchCompetencies(s.text, s.kind);
    if (matches.length === 0) {
      all.push({
        file: options.file,
        line: s.line,
        severity: 'info',
        code: 'unmatched-ksa',
        message: `No competency matched the KSA "${s.text}".`,
        ...(options.classId !== undefined ? { classId: options.classId } : {}),
        text: s.text,
      });
    }
    return {
      text: s.text,
      kind: s.kind,
      proficiency: s.proficiency,
      proficiencyWord: s.proficiencyWord,
      competencies: matches.map((m) => m.id),
      matches,
      line: s.line,
    };
  });
  return { value, diagnostics: all };
}

/**
 * The splitter guarded: should it ever fail on some input, each non-blank line is kept as one
 * statement of kind other and a warning names the file, so a class never loses its KSA text.
 */
function splitSafely(
  lines: SourceLine[],
  options: ParseKsasOptions,
): ReturnType<typeof splitKsaStatements> {
  try {
    return splitKsaStatements(lines, options);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const kept = lines.filter((l) => l.text.trim() !== '');
    return {
      statements: kept.map((l) => ({
        text: l.text.trim(),
        kind: 'other' as const,
        proficiency: null,
        proficiencyWord: null,
        line: l.line,
      })),
      diagnostics: [
        {
          file: options.file,
          line: kept[0]?.line ?? null,
          severity: 'warning',
          code: 'unplaced-text',
          message: `The KSA section could not be split into statements (${reason}); each line is kept as one.`,
          ...(options.classId !== undefined ? { classId: options.classId } : {}),
        },
      ],
    };
  }
}
