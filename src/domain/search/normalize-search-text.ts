// Search text normalisation shared by the index and the query: lower case, no diacritics, words of
// letters and digits only. [Reference] the same folding Fuse applies with `ignoreDiacritics`.

/**
 * NOTE: punctuation becomes a word break, so codes and titles split the same way at index and query
 * time: "Social Worker—II (0876)" → ["social", "worker", "ii", "0876"].
 */
export function normalizeSearchText(text: string): string[] {
  const folded = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  return folded.split(/[^a-z0-9]+/).filter((w) => w.length > 0);
}
