// The experience-kind vocabulary: what a qualification's experience asks for, and how well a class's
// own title, summary and duties show that kind of work.
// [Reference] ../shared/PRODUCT.md, "experience-equivalence"; issue "The career graph", vocabularies.
// STUB: the signatures are fixed; the qualifications work fills in the bodies.

export interface ExperienceKind {
  id: string;
  label: string;
  description: string;
}

export const EXPERIENCE_KINDS: readonly ExperienceKind[] = [];

/** Experience-kind ids that a qualification's experience description asks for, best first. */
export function matchExperienceKinds(description: string): string[] {
  void description;
  return [];
}

/**
 * How strongly a piece of a class's own text (title, summary or a duty) shows work of the given
 * kind: 0 (not at all) … 1 (plainly this kind of work).
 */
export function scoreExperienceKind(kindId: string, text: string): number {
  void kindId;
  void text;
  return 0;
}
