// The competencies a class asks for, each with the highest proficiency its KSA statements state and
// the statements themselves: the unit shared-KSA edges, gap and team gap compare.
// [Reference] ../shared/PRODUCT.md "shared-KSA" (proficiency words kept as an ordinal level).
// NOTE: "Thorough knowledge of social work methods" + "Basic knowledge of social work practices" in
// one class → one competency, proficiency 4 (thorough), both statements kept. Only statements that
// name the competency first set its proficiency: "Demonstrated skill in interview techniques of
// social workers" (interviewing first, social work second) leaves social work at "basic" (1).

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
  const primary = new Set<string>();
  for (const ksa of cls.ksas) {
    // `rank` counts the confident competencies only: the first confident one is the primary.
    let rank = 0;
    for (const id of ksa.competencies) {
      if (!isConfidentMatch(ksa, id)) continue;
      const isPrimary = rank === 0;
      rank++;
      let entry = out.get(id);
      if (!entry) {
        entry = { id, proficiency: null, proficiencyWord: null, ksas: [] };
        out.set(id, entry);
      }
      // A statement naming the competency twice is listed once (it can only be the last one).
      if (entry.ksas[entry.ksas.length - 1] !== ksa) entry.ksas.push(ksa);
      // The proficiency comes from the statements that name the competency first; a statement
      // that names it only in passing sets it only while no such statement has.
      if (isPrimary && !primary.has(id)) {
        primary.add(id);
        entry.proficiency = null;
        entry.proficiencyWord = null;
      }
      if (isPrimary || !primary.has(id)) {
        if (
          ksa.proficiency !== null &&
          (entry.proficiency === null || ksa.proficiency > entry.proficiency)
        ) {
          entry.proficiency = ksa.proficiency;
          entry.proficiencyWord = ksa.proficiencyWord;
        }
      }
    }
  }
  // The statements that name the competency first lead the list of evidence (the sort is stable).
  for (const entry of out.values()) {
    if (entry.ksas.length > 1)
      entry.ksas.sort(
        (a, b) => Number(b.competencies[0] === entry.id) - Number(a.competencies[0] === entry.id),
      );
  }
  cache.set(cls, out);
  return out;
}

/** A competency counts unless its match (the first with its id) is below the confidence floor. */
export function isConfidentMatch(ksa: Ksa, id: string): boolean {
  for (const m of ksa.matches) if (m.id === id) return m.confidence >= MIN_COMPETENCY_CONFIDENCE;
  return true;
}
