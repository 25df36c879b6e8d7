// The competencies a class asks for, each with the highest proficiency its KSA statements state and
// the statements themselves: the unit shared-KSA edges, gap and team gap compare.
// [Reference] ../shared/PRODUCT.md "shared-KSA" (proficiency words kept as an ordinal level).
// NOTE: "Thorough knowledge of social work methods" + "Basic knowledge of social work practices" in
// one class → one competency, proficiency 4 (thorough), both statements kept.

import type { JobClass, Ksa } from '../model/index.ts';

export interface ClassCompetency {
  id: string;
  /** Highest ordinal proficiency among the statements (1 basic … 5 extensive), or null if none says. */
  proficiency: number | null;
  /** The word that proficiency came from ("thorough"), or null. */
  proficiencyWord: string | null;
  /** The KSA statements that name this competency, in document order. */
  ksas: Ksa[];
}

/** Competency matches below this confidence are ignored. Default 0.5. */
export const MIN_COMPETENCY_CONFIDENCE = 0.5;

const cache = new WeakMap<JobClass, Map<string, ClassCompetency>>();

/** Competency id → what the class asks of it. Cached per class object (classes are not mutated). */
export function classCompetencies(cls: JobClass): Map<string, ClassCompetency> {
  const cached = cache.get(cls);
  if (cached) return cached;
  const out = new Map<string, ClassCompetency>();
  for (const ksa of cls.ksas) {
    const confident =
      ksa.matches.length > 0
        ? ksa.competencies.filter((id) => {
            const m = ksa.matches.find((x) => x.id === id);
            return !m || m.confidence >= MIN_COMPETENCY_CONFIDENCE;
          })
        : ksa.competencies;
    for (const id of confident) {
      const entry = out.get(id);
      if (!entry) {
        out.set(id, { id, proficiency: ksa.proficiency, proficiencyWord: ksa.proficiencyWord, ksas: [ksa] });
      } else {
        if (!entry.ksas.includes(ksa)) entry.ksas.push(ksa);
        if (ksa.proficiency !== null && (entry.proficiency === null || ksa.proficiency > entry.proficiency)) {
          entry.proficiency = ksa.proficiency;
          entry.proficiencyWord = ksa.proficiencyWord;
        }
      }
    }
  }
  cache.set(cls, out);
  return out;
}
