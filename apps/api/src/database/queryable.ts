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
