import type { Queryable } from './queryable.js';

/** Whether any row of a table that marks seeded rows (is_demo) comes from the demo seed. */
export async function hasDemoRows(
  db: Queryable,
  table: 'organisation' | 'school',
): Promise<boolean> {
  const [row] = (await db.query(
    `SELECT EXISTS (SELECT 1 FROM ${table} WHERE is_demo) AS demo`,
  )) as { demo: boolean }[];
  return row?.demo ?? false;
}
