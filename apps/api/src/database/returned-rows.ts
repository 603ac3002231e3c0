/** Rows from `UPDATE … RETURNING`, which TypeORM's postgres driver returns as [rows, count]. */
export function returnedRows<T>(result: unknown): T[] {
  const r = result as unknown[];
  return (Array.isArray(r[0]) ? r[0] : r) as T[];
}
