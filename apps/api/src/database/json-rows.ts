import type { Queryable } from './queryable.js';

/**
 * Bulk-inserts rows as batches of JSON (one statement per batch, through jsonb_to_recordset).
 * `columns` maps each column to its SQL type. Only owners' repositories call this, with
 * their own table's name (sql-ownership.spec.ts checks the callers).
 */
export async function insertJsonRows(
  db: Queryable,
  table: string,
  columns: Readonly<Record<string, string>>,
  rows: readonly object[],
  batch = 1000,
): Promise<void> {
  const names = Object.keys(columns).join(', ');
  const recordType = Object.entries(columns)
    .map(([name, type]) => `${name} ${type}`)
    .join(', ');
  for (let i = 0; i < rows.length; i += batch) {
    await db.query(
      `INSERT INTO ${table} (${names}) SELECT ${names} FROM jsonb_to_recordset($1::jsonb) AS x(${recordType})`,
      [JSON.stringify(rows.slice(i, i + batch))],
    );
  }
}
