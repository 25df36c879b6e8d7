// The short name a person calls a qualification route by, the same in the explorer, the CLI and
// the texts the queries write ("route A", "route b"), whatever numbering the document gives it.

/**
 * The document's last lettered label token, else its last token, else the route's id.
 * NOTE: "1. + 2. A." → "A"; "1. A. + 2." → "A"; "(a)" → "a"; "Either I" → "I"; "" with id "B" → "B".
 */
export function routeName(label: string, id: string): string {
  const tokens = label
    .replace(/[().:,]/g, ' ')
    .split(/\s+/)
    .filter((t) => t && t !== '+' && !/^(either|or|route)$/i.test(t));
  const lettered = tokens.filter((t) => /^[a-z]$|^[ivx]+$/i.test(t));
  return lettered[lettered.length - 1] ?? tokens[tokens.length - 1] ?? id;
}
