import type { EntityManager } from 'typeorm';
import { countOf } from '../../database/queryable.js';

export type ChangeEntity = 'ORGANISATION' | 'OFFERING' | 'SCHOOL' | 'MUNICIPALITY' | 'PROVINCE';
export type ChangeOp = 'UPSERT' | 'DELETE';

export interface ChangeEvent {
  id: string; // bigint as text
  txid: string; // xid8 as text
  entity: ChangeEntity;
  entityId: string;
  op: ChangeOp;
}

export interface ChangeWatermark {
  txid: string;
  id: string;
}

export const START_WATERMARK: ChangeWatermark = { txid: '0', id: '0' };

/** Records changes; call inside the transaction that makes them. */
export async function recordChanges(
  tx: EntityManager,
  entity: ChangeEntity,
  ids: readonly string[],
  op: ChangeOp = 'UPSERT',
): Promise<void> {
  if (ids.length === 0) return;
  await tx.query(
    `INSERT INTO change_event (entity, entity_id, op) SELECT $1, unnest($2::text[]), $3`,
    [entity, [...ids], op],
  );
}

/**
 * Reads changes after the watermark whose transactions are older than every transaction
 * still running: those can no longer be joined by an earlier, later-committing row.
 */
export async function readChangesSince(
  db: Pick<EntityManager, 'query'>,
  after: ChangeWatermark,
  limit = 5000,
): Promise<ChangeEvent[]> {
  const rows = (await db.query(
    `SELECT id::text AS id, txid::text AS txid, entity, entity_id AS "entityId", op
       FROM change_event
      WHERE (txid, id) > ($1::text::xid8, $2::bigint)
        AND txid < pg_snapshot_xmin(pg_current_snapshot())
      ORDER BY txid, id
      LIMIT $3`,
    [after.txid, after.id, limit],
  )) as ChangeEvent[];
  return rows;
}

/** How many changes of these entities lie after the watermark (read or not yet readable). */
export async function countChangesSince(
  db: Pick<EntityManager, 'query'>,
  entities: readonly ChangeEntity[],
  after: ChangeWatermark,
): Promise<number> {
  return countOf(
    db,
    `SELECT count(*)::int AS n FROM change_event
      WHERE entity = ANY($3) AND (txid, id) > ($1::text::xid8, $2::bigint)`,
    [after.txid, after.id, [...entities]],
  );
}

export function watermarkOf(
  events: readonly ChangeEvent[],
  fallback: ChangeWatermark,
): ChangeWatermark {
  const last = events[events.length - 1];
  return last ? { txid: last.txid, id: last.id } : fallback;
}

/**
 * A safe starting point for a reader about to load the full state: every event of a
 * transaction still running (or newer) is replayed. Replays are harmless — readers
 * reload the entity by id — and nothing committed later is skipped.
 */
export async function safeStartWatermark(
  db: Pick<EntityManager, 'query'>,
): Promise<ChangeWatermark> {
  const [row] = (await db.query(
    `SELECT (pg_snapshot_xmin(pg_current_snapshot())::text::bigint - 1)::text AS txid,
            '9223372036854775807' AS id`,
  )) as ChangeWatermark[];
  return row ?? START_WATERMARK;
}
