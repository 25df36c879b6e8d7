// A competency id's display name, for reasons and gap rows ("2.B.1.a" → "Social Perceptiveness").
// [Reference] ksa/competency.ts (the vocabulary); ../shared/PRODUCT.md "Data contract".
// NOTE: ids the vocabulary does not know fall back to a readable form of the id:
// "rungs:case-management" → "Case management"; an unknown "9.Z.9" stays "9.Z.9".

import { competency } from '../ksa/competency.ts';

export function competencyName(id: string): string {
  const known = competency(id)?.name;
  if (known) return known;
  const slug = /^rungs:(.+)$/.exec(id)?.[1];
  if (!slug) return id;
  const words = slug.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
