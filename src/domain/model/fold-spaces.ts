// Text with each run of white space made one space and both ends trimmed: how every layer compares
// and stores the text of a specification. Kept here, on the bottom floor, because all of them do it.

// Spacing that folding would change: a run of white space, white space that is not a plain space,
// or white space at either end.
const LOOSE_SPACE = /\s\s|[^\S ]|^\s|\s$/;

/**
 * "Two  years\tof experience " → "Two years of experience".
 * NOTE: most lines of a specification are already folded; those come back as they are, with one
 * test instead of a replace and a trim that would copy them.
 */
export function foldSpaces(text: string): string {
  return LOOSE_SPACE.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
}
