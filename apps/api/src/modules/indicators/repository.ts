import type { EntityManager } from 'typeorm';
import { rowsForKeys } from '../../database/rows-for-keys.js';
import type { IndicatorKind, IndicatorValue } from './indicator-values.js';

// The only SQL on school_indicator. The importers (modules/imports) and the service call these
// functions inside their own transactions.

type Queryable = Pick<EntityManager, 'query'>;

/** A value as an importer or an admin writes it (the stamps are the database's). */
export type IndicatorWrite = Omit<IndicatorValue, 'importedAt' | 'note'> & { note?: string | null };

export interface IndicatorWriteResult {
  created: string[];
  changed: string[];
  unchanged: string[];
  /** Values set by hand: an import never overwrites them. */
  keptManual: string[];
  /** Imported values of this kind and period for schools the file no longer joins. */
  removed: string[];
}

const COLUMNS = `vestigingscode, kind, period, is_average AS "isAverage", value, spread, pupils,
  value_without_threshold AS "valueWithoutThreshold", value_lower_grades AS "valueLowerGrades",
  value_upper_grades AS "valueUpperGrades", unreliable, source_publisher AS "sourcePublisher",
  source_file AS "sourceFile", source_key AS "sourceKey", source_name AS "sourceName",
  source_row AS "sourceRow", join_method AS "joinMethod", note, imported_at AS "importedAt"`;

// Written columns, in the order of the unnest() arrays below.
const WRITTEN = [
  ['vestigingscode', 'varchar'],
  ['kind', 'varchar'],
  ['period', 'varchar'],
  ['is_average', 'boolean'],
  ['value', 'float8'],
  ['spread', 'float8'],
  ['pupils', 'int'],
  ['value_without_threshold', 'float8'],
  ['value_lower_grades', 'float8'],
  ['value_upper_grades', 'float8'],
  ['unreliable', 'boolean'],
  ['source_publisher', 'varchar'],
  ['source_file', 'varchar'],
  ['source_key', 'varchar'],
  ['source_name', 'varchar'],
  ['source_row', 'int'],
  ['join_method', 'varchar'],
] as const;

function columnArrays(rows: readonly IndicatorWrite[]): unknown[][] {
  return [
    rows.map((r) => r.vestigingscode),
    rows.map((r) => r.kind),
    rows.map((r) => r.period),
    rows.map((r) => r.isAverage),
    rows.map((r) => r.value),
    rows.map((r) => r.spread),
    rows.map((r) => r.pupils),
    rows.map((r) => r.valueWithoutThreshold),
    rows.map((r) => r.valueLowerGrades),
    rows.map((r) => r.valueUpperGrades),
    rows.map((r) => r.unreliable),
    rows.map((r) => r.sourcePublisher),
    rows.map((r) => r.sourceFile),
    rows.map((r) => r.sourceKey),
    rows.map((r) => r.sourceName),
    rows.map((r) => r.sourceRow),
    rows.map((r) => r.joinMethod),
  ];
}

export async function readIndicators(
  db: Queryable,
  codes: readonly string[],
): Promise<IndicatorValue[]> {
  return rowsForKeys<IndicatorValue>(
    db,
    `SELECT ${COLUMNS} FROM school_indicator WHERE vestigingscode = ANY($1::varchar[])
      ORDER BY vestigingscode, kind, period`,
    codes,
  );
}

/** Every stored value (the national need computations hold them in memory). */
export async function readAllIndicators(db: Queryable): Promise<IndicatorValue[]> {
  return (await db.query(
    `SELECT ${COLUMNS} FROM school_indicator ORDER BY vestigingscode, kind, period`,
  )) as IndicatorValue[];
}

export async function readIndicator(
  db: Queryable,
  code: string,
  kind: IndicatorKind,
  period: string,
): Promise<IndicatorValue | null> {
  const rows = (await db.query(
    `SELECT ${COLUMNS} FROM school_indicator
      WHERE vestigingscode = $1 AND kind = $2 AND period = $3`,
    [code, kind, period],
  )) as IndicatorValue[];
  return rows[0] ?? null;
}

/**
 * Writes one import's values of one kind and period: new rows are created, differing rows
 * updated (imported_at moves only then), equal rows left alone, hand-set rows kept, and
 * imported rows the file no longer joins removed. Call inside a transaction.
 */
export async function writeImportedIndicators(
  tx: Queryable,
  kind: IndicatorKind,
  period: string,
  rows: readonly IndicatorWrite[],
): Promise<IndicatorWriteResult> {
  const existing = (await tx.query(
    `SELECT vestigingscode AS code, join_method AS "joinMethod" FROM school_indicator
      WHERE kind = $1 AND period = $2`,
    [kind, period],
  )) as { code: string; joinMethod: string }[];
  const manual = new Set(existing.filter((e) => e.joinMethod === 'MANUAL').map((e) => e.code));
  const before = new Set(existing.map((e) => e.code));
  const writable = rows.filter((r) => !manual.has(r.vestigingscode));
  const keptManual = rows.filter((r) => manual.has(r.vestigingscode)).map((r) => r.vestigingscode);

  const names = WRITTEN.map(([c]) => c);
  const updatable = names.slice(3);
  const set = updatable.map((c) => `${c} = EXCLUDED.${c}`).join(', ');
  const mine = updatable.map((c) => `s.${c}`).join(', ');
  const theirs = updatable.map((c) => `EXCLUDED.${c}`).join(', ');
  const arrays = WRITTEN.map(([, t], i) => `$${i + 1}::${t}[]`).join(', ');
  const touched = (await tx.query(
    `INSERT INTO school_indicator AS s (${names.join(', ')})
     SELECT * FROM unnest(${arrays})
     ON CONFLICT (vestigingscode, kind, period) DO UPDATE
        SET ${set}, note = NULL, set_by = NULL, set_by_label = NULL, imported_at = now()
      WHERE s.join_method <> 'MANUAL' AND (${mine}) IS DISTINCT FROM (${theirs})
     RETURNING s.vestigingscode AS code`,
    columnArrays(writable),
  )) as { code: string }[];
  const touchedSet = new Set(touched.map((t) => t.code));

  const keep = rows.map((r) => r.vestigingscode);
  const removed = (await tx.query(
    `WITH gone AS (
       DELETE FROM school_indicator
        WHERE kind = $1 AND period = $2 AND join_method <> 'MANUAL'
          AND NOT (vestigingscode = ANY($3::varchar[]))
       RETURNING vestigingscode)
     SELECT vestigingscode AS code FROM gone ORDER BY 1`,
    [kind, period, keep],
  )) as { code: string }[];

  const created: string[] = [];
  const changed: string[] = [];
  const unchanged: string[] = [];
  for (const r of writable) {
    const code = r.vestigingscode;
    if (!before.has(code)) created.push(code);
    else if (touchedSet.has(code)) changed.push(code);
    else unchanged.push(code);
  }
  return { created, changed, unchanged, keptManual, removed: removed.map((r) => r.code) };
}

/** Sets one value by hand (join method MANUAL); answers the value it replaced, if any. */
export async function writeManualIndicator(
  tx: Queryable,
  row: IndicatorWrite,
  setBy: { userId: string | null; label: string },
): Promise<IndicatorValue | null> {
  const before = await readIndicator(tx, row.vestigingscode, row.kind, row.period);
  const names = WRITTEN.map(([c]) => c);
  const updatable = names.slice(3);
  const arrays = WRITTEN.map(([, t], i) => `$${i + 1}::${t}[]`).join(', ');
  await tx.query(
    `INSERT INTO school_indicator AS s (${names.join(', ')}, note, set_by, set_by_label)
     SELECT u.*, $18, $19::uuid, $20 FROM unnest(${arrays}) AS u
     ON CONFLICT (vestigingscode, kind, period) DO UPDATE
        SET ${updatable.map((c) => `${c} = EXCLUDED.${c}`).join(', ')}, note = EXCLUDED.note,
            set_by = EXCLUDED.set_by, set_by_label = EXCLUDED.set_by_label, imported_at = now()`,
    [...columnArrays([row]), row.note ?? null, setBy.userId, setBy.label],
  );
  return before;
}
