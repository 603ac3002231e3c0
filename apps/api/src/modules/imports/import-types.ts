// Shared shapes of the importers: what a run reports, and how a caller follows or stops it.

export type ImportKind = 'schools' | 'municipalities' | 'provinces';

/** Why a record was refused. `reason` is Dutch (for the people fixing the file), `hint` English. */
export interface Problem {
  code: ProblemCode;
  reason: string;
  hint: string;
}

export type ProblemCode =
  | 'MISSING_CODE'
  | 'MALFORMED_CODE'
  | 'DUPLICATE_KEY'
  | 'MISSING_FIELD'
  | 'INVALID_VALUE'
  | 'INVALID_POSTCODE'
  | 'MISSING_COORDINATES'
  | 'INVALID_COORDINATES'
  | 'OUTSIDE_NETHERLANDS'
  | 'MISSING_MUNICIPALITY'
  | 'UNKNOWN_MUNICIPALITY'
  | 'UNKNOWN_SCHOOL_TYPE'
  | 'MISSING_PROVINCE'
  | 'UNKNOWN_PROVINCE'
  | 'MISSING_GEOMETRY'
  | 'INVALID_GEOMETRY'
  | 'SELF_INTERSECTING_GEOMETRY';

/**
 * A refused record. `line` is the line of the CSV record (header = line 1), or the 1-based
 * position of the feature in a GeoJSON FeatureCollection. `key` is the record's code as
 * written in the file ('' when missing).
 */
export interface Rejection {
  line: number;
  key: string;
  problems: Problem[];
}

export interface ImportSummary {
  kind: ImportKind;
  file: string;
  /** Records read from the file (CSV rows without the header, or GeoJSON features). */
  total: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  /** Schools marked inactive by a full import (always 0 for other kinds). */
  deactivated: number;
  /** Records whose geometry had zero-area defects removed before validation. */
  repaired: string[];
  /** Provinces created from the province code and name on municipality features. */
  provincesCreated: string[];
  batches: number;
  durationMs: number;
  encoding: TextEncodingName;
  rejections: Rejection[];
  /** Notes for the user that are not about one record (e.g. a missing optional column). */
  warnings: string[];
}

export type TextEncodingName = 'utf-8' | 'windows-1252';

export interface ImportProgress {
  done: number;
  total: number;
}

export interface ImportRunOptions {
  /** Records per transaction. */
  batchSize?: number;
  /** Called after every committed batch. */
  onProgress?: (progress: ImportProgress) => void;
  /** Stops the run between batches (Ctrl-C); committed batches stay. */
  signal?: AbortSignal;
}

export const DEFAULT_BATCH_SIZE = 500;

/** A problem with the whole run (unreadable file, missing columns, database down). */
export class ImportError extends Error {
  override name = 'ImportError';
}

/** The run was stopped through its AbortSignal; the first `done` records are committed. */
export class ImportAbortedError extends Error {
  override name = 'ImportAbortedError';
  constructor(
    readonly done: number,
    readonly total: number,
  ) {
    super(
      `Import afgebroken na ${done} van ${total} records; de verwerkte batches zijn bewaard. Start de import opnieuw om hem af te maken. (Import stopped; committed batches are kept, rerun to finish.)`,
    );
  }
}

export function emptySummary(
  kind: ImportKind,
  file: string,
  encoding: TextEncodingName,
): ImportSummary {
  return {
    kind,
    file,
    total: 0,
    inserted: 0,
    updated: 0,
    unchanged: 0,
    rejected: 0,
    deactivated: 0,
    repaired: [],
    provincesCreated: [],
    batches: 0,
    durationMs: 0,
    encoding,
    rejections: [],
    warnings: [],
  };
}

export function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export function checkBatchSize(size: number): number {
  if (!Number.isInteger(size) || size < 1 || size > 10_000) {
    throw new ImportError(
      `Batchgrootte ${size} is ongeldig; kies een geheel getal van 1 tot 10000. (Batch size must be an integer from 1 to 10000.)`,
    );
  }
  return size;
}

/**
 * Lets the event loop run between batches. PGlite answers without real I/O, so a whole
 * import can otherwise run as one chain of promises in which signal handlers (Ctrl-C)
 * never get a turn.
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** What one batch's upsert wrote. */
export interface Written {
  inserted: number;
  updated: number;
}

/** Adds what one committed batch wrote to the summary; the rest of its rows were unchanged. */
export function countWritten(summary: ImportSummary, rows: number, written: Written): void {
  summary.inserted += written.inserted;
  summary.updated += written.updated;
  summary.unchanged += rows - written.inserted - written.updated;
}

/**
 * Closes a batch: counts it, reports progress, lets signal handlers run and stops the run
 * (ImportAbortedError) when it was asked to and records are left.
 */
export async function endBatch(
  summary: ImportSummary,
  done: number,
  options: ImportRunOptions,
): Promise<void> {
  summary.batches++;
  options.onProgress?.({ done, total: summary.total });
  await yieldToEventLoop();
  if (options.signal?.aborted && done < summary.total) {
    throw new ImportAbortedError(done, summary.total);
  }
}
