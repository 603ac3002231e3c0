/** The little the embedded engine needs from a PostgreSQL connection (TypeORM's DataSource fits). */
export interface SqlClient {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

/** Collects positional parameters while a statement is being built. */
export class SqlParams {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}
