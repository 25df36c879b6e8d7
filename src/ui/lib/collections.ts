// Small helpers for the UI's read-only lookups, built once when the graph loads (plain Maps are
// fine: they are replaced whole, never mutated, so they need no reactivity).

/** A read-only Map from the items' keys to a value of each. */
export function indexBy<T, V>(items: readonly T[], key: (item: T) => string, value: (item: T) => V): ReadonlyMap<string, V> {
  return new Map(items.map((item) => [key(item), value(item)]));
}

/** The current time as an ISO 8601 string. */
export function nowIso(): string {
  return new Date().toISOString();
}

/** A cache of promises by key. */
export function promiseCache<T>(): Map<string, Promise<T>> {
  return new Map();
}
