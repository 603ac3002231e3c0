import type { DataSource, EntityManager } from 'typeorm';
import {
  chunk,
  countWritten,
  endBatch,
  type ImportRunOptions,
  type ImportSummary,
  type Problem,
  type Written,
} from './import-types.js';
import { problems } from './problems.js';

/** One record after its own checks: its row, or the problems that refuse it. */
export interface CheckedRecord<Row> {
  /** The key as read (for the report). */
  key: string;
  /** True when `key` is well formed (then a second occurrence is a duplicate). */
  keyValid: boolean;
  row?: Row;
  /** The row's geometry was repaired (reported by key). */
  repaired?: boolean;
  problems: Problem[];
}

export interface BatchImport<T, Row> {
  batchSize: number;
  /** How the report names a record's place: a CSV line or a GeoJSON feature. */
  unit: 'regel' | 'feature';
  placeOf(record: T): number;
  check(record: T): CheckedRecord<Row>;
  write(tx: EntityManager, rows: Row[]): Promise<Written>;
  /** Runs after a batch committed. */
  committed?(rows: Row[]): void;
}

/**
 * The batch loop of the school and region importers: each record checked (a well-formed key
 * seen before is a DUPLICATE_KEY), refused with its problems or kept; a batch's kept rows
 * written in one transaction; progress after every batch. Returns where each key first stood.
 */
export async function importInBatches<T, Row>(
  dataSource: DataSource,
  summary: ImportSummary,
  records: readonly T[],
  options: ImportRunOptions,
  run: BatchImport<T, Row>,
): Promise<Map<string, number>> {
  const firstPlace = new Map<string, number>();
  let done = 0;
  for (const batch of chunk(records, run.batchSize)) {
    const rows: Row[] = [];
    for (const record of batch) {
      const checked = run.check(record);
      const place = run.placeOf(record);
      const found: Problem[] = [];
      if (checked.keyValid) {
        const earlier = firstPlace.get(checked.key);
        if (earlier !== undefined)
          found.push(problems.duplicateKey(checked.key, earlier, run.unit));
        else firstPlace.set(checked.key, place);
      }
      found.push(...checked.problems);
      if (found.length > 0 || !checked.row) {
        summary.rejections.push({ line: place, key: checked.key, problems: found });
      } else {
        rows.push(checked.row);
        if (checked.repaired) summary.repaired.push(checked.key);
      }
    }
    if (rows.length > 0) {
      const written = await dataSource.transaction((tx) => run.write(tx, rows));
      run.committed?.(rows);
      countWritten(summary, rows.length, written);
    }
    done += batch.length;
    await endBatch(summary, done, options);
  }
  summary.rejected = summary.rejections.length;
  return firstPlace;
}
