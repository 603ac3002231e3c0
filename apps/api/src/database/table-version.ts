import type { Queryable } from './queryable.js';

/**
 * The version key of some tables (migration 1764000700000: a trigger moves a table's counter
 * on every writing statement). Equal keys mean no row of those tables changed in between.
 */
export async function tableVersionKey(db: Queryable, tables: readonly string[]): Promise<string> {
  const rows = (await db.query(
    `SELECT table_name, version::text AS version FROM table_version
      WHERE table_name = ANY($1::text[]) ORDER BY table_name`,
    [[...tables]],
  )) as { table_name: string; version: string }[];
  if (rows.length !== tables.length) {
    throw new Error(`table_version has no counter for some of: ${tables.join(', ')}`);
  }
  return rows.map((r) => `${r.table_name}:${r.version}`).join(' ');
}

/**
 * Rows of some tables held in memory and read again only when one of those tables changed,
 * in this process or any other (one small query per use instead of reading every row).
 */
export class TableBackedCache<K, T> {
  private readonly held = new Map<K, { key: string; value: T }>();

  constructor(
    private readonly tables: readonly string[],
    private readonly load: (db: Queryable, arg: K) => Promise<T>,
    /** A bound on distinct arguments kept (e.g. school years); the oldest goes first. */
    private readonly maxEntries = 4,
  ) {}

  async get(db: Queryable, arg: K): Promise<T> {
    // The key is read before the rows: a write in between makes the next use read again.
    const key = await tableVersionKey(db, this.tables);
    const found = this.held.get(arg);
    if (found?.key === key) return found.value;
    const value = await this.load(db, arg);
    this.held.delete(arg);
    this.held.set(arg, { key, value });
    if (this.held.size > this.maxEntries) this.held.delete(this.held.keys().next().value as K);
    return value;
  }

  clear(): void {
    this.held.clear();
  }
}
