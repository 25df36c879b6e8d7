// Looks up one competency of the vocabulary by id ("2.B.1.a", "rungs:case-management").
// [Reference] competency-vocabulary.ts; ../shared/PRODUCT.md ("Competency ids").

import { competencyVocabulary, type Competency } from './competency-vocabulary.ts';

const BY_ID: ReadonlyMap<string, Competency> = new Map(
  competencyVocabulary.competencies.map((c) => [c.id, c]),
);

/** The competency with this id, or undefined when the vocabulary has none. */
export function competency(id: string): Competency | undefined {
  return BY_ID.get(id);
}
