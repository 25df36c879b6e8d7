// Text → a URL- and id-safe slug: lower case ASCII letters and digits joined by hyphens.
// [Reference] PRODUCT.md "Class ids are stable: … a slug of the title where there is no code."

/** NOTE: "Case Manager II (Social Work)" → "case-manager-ii-social-work"; "Señor/Señora" → "senor-senora". */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
