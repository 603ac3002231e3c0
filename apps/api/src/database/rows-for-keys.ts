import type { Queryable } from './queryable.js';

/**
 * The rows of `sql`, which takes the keys as one array parameter ($1, e.g. `= ANY($1::uuid[])`);
 * none, without a round trip, when there are no keys.
 */
export async function rowsForKeys<R>(
  db: Queryable,
  sql: string,
  keys: readonly string[],
): Promise<R[]> {
  if (keys.length === 0) return [];
  return (await db.query(sql, [[...keys]])) as R[];
}
