import type { EntityManager } from 'typeorm';

/** What a repository function needs to run SQL: a DataSource or a transaction's EntityManager. */
export type Queryable = Pick<EntityManager, 'query'>;

/** The first row of a query, or undefined when it returns none. */
export async function firstRow<T>(
  db: Queryable,
  sql: string,
  params: unknown[] = [],
): Promise<T | undefined> {
  const rows = (await db.query(sql, params)) as T[];
  return rows[0];
}

/** The number a `SELECT count(*)::int AS n …` query returns; 0 when it returns no row. */
export async function countOf(db: Queryable, sql: string, params: unknown[] = []): Promise<number> {
  const row = await firstRow<{ n: number }>(db, sql, params);
  return Number(row?.n ?? 0);
}
