// An update writes and audits only what it changes: the columns sent whose value differs from the
// stored one, each with its "from" and "to". An update that changes nothing writes nothing (no
// audit line, no change-feed line), as a status set to the one already held; where saving also
// confirms the record as current (offering, organisation profile), only that confirmation.

/**
 * Equal as stored: null and undefined alike, dates by time, lists element by element, records
 * field by field.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a == null || b == null) return a == null && b == null;
  if (a instanceof Date || b instanceof Date) {
    const time = (v: unknown) => (v instanceof Date ? v.getTime() : new Date(String(v)).getTime());
    return time(a) === time(b);
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((v, i) => sameValue(v, b[i]))
    );
  }
  if (typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    const at = (o: object, k: string) => (o as Record<string, unknown>)[k];
    return [...keys].every((k) => sameValue(at(a, k), at(b, k)));
  }
  return a === b;
}

export interface ColumnChanges<T> {
  /** The columns sent that differ from the stored record. */
  columns: Partial<T>;
  /** Each of those as the audit log keeps it: { from, to }. */
  changes: Record<string, { from: unknown; to: unknown }>;
}

/** The sent columns that change the stored record, and their audit entry. */
export function changedColumns<T extends object>(before: object, sent: T): ColumnChanges<T> {
  const old = before as Record<string, unknown>;
  const changed = Object.entries(sent).filter(([k, v]) => !sameValue(old[k], v));
  return {
    columns: Object.fromEntries(changed) as Partial<T>,
    changes: Object.fromEntries(changed.map(([k, v]) => [k, { from: old[k], to: v }])),
  };
}
