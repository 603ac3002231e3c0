/** A DataLoader batch answer: one row per key, in key order; an Error for a key not found. */
export function byKey<T>(
  keys: readonly string[],
  rows: T[],
  keyOf: (row: T) => string,
): (T | Error)[] {
  const map = new Map(rows.map((r) => [keyOf(r), r]));
  return keys.map((k) => map.get(k) ?? new Error(`Niet gevonden: ${k}`));
}

/** A DataLoader batch answer: the rows of each key, in key order (empty when none). */
export function groupBy<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string): T[][] {
  const map = new Map<string, T[]>(keys.map((k) => [k, []]));
  for (const row of rows) map.get(keyOf(row))?.push(row);
  return keys.map((k) => map.get(k) ?? []);
}
