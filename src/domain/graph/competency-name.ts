// A competency id's display name, for reasons and gap rows ("2.B.1.a" → "Social Perceptiveness").
// [Reference] ../shared/PRODUCT.md "Data contract" (competency ids: O*NET element ids, rungs:<slug>).
// NOTE: ids the vocabulary does not know fall back to a readable form of the id:
// "rungs:case-management" → "Case management"; "2.B.1.a" stays "2.B.1.a".

export type CompetencyNamer = (id: string) => string | undefined;

let namer: CompetencyNamer = () => undefined;

/** Installs the vocabulary lookup (the KSA floor's `competency(id)?.name`). */
export function setCompetencyNamer(lookup: CompetencyNamer): void {
  namer = lookup;
}

export function competencyName(id: string): string {
  const known = namer(id);
  if (known) return known;
  const slug = /^rungs:(.+)$/.exec(id)?.[1];
  if (!slug) return id;
  const words = slug.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
