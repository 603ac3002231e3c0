import type { DigestFrequency, InterventionCode, TargetGroup } from '@partnerwijzer/domain';
import { countOf, firstRow, type Queryable } from '../../database/queryable.js';
import type { ChangeWatermark } from '../change-feed/index.js';

// The saved-searches module's SQL (saved_search, saved_search_hit, saved_search_link,
// alert_cursor; docs/decisions/0021). No access checks here: the service decides.

export type SavedSearchKind = 'SCHOOL' | 'MUNICIPALITY';

/** The finder's filters as stored (MatchFiltersInput's fields). */
export type StoredFilters = Record<string, unknown>;

export interface SavedSearchRow {
  id: string;
  userId: string;
  kind: SavedSearchKind;
  vestigingscode: string | null;
  municipalityCode: string | null;
  needs: InterventionCode[];
  filters: StoredFilters;
  groepMin: number | null;
  groepMax: number | null;
  targetGroups: TargetGroup[];
  frequency: DigestFrequency;
  gapKeys: string[];
  nextDigestAt: Date;
  lastDigestAt: Date | null;
  unsubscribedAt: Date | null;
  createdAt: Date;
}

const COLUMNS = `id, user_id AS "userId", kind, vestigingscode, municipality_code AS "municipalityCode",
  needs, filters, groep_min AS "groepMin", groep_max AS "groepMax", target_groups AS "targetGroups",
  frequency, gap_keys AS "gapKeys", next_digest_at AS "nextDigestAt",
  last_digest_at AS "lastDigestAt", unsubscribed_at AS "unsubscribedAt", created_at AS "createdAt"`;

export interface NewSavedSearch {
  userId: string;
  kind: SavedSearchKind;
  vestigingscode: string | null;
  municipalityCode: string | null;
  needs: readonly InterventionCode[];
  filters: StoredFilters;
  groepMin: number | null;
  groepMax: number | null;
  targetGroups: readonly TargetGroup[];
  frequency: DigestFrequency;
  gapKeys: readonly string[];
  nextDigestAt: Date;
}

// What makes two searches of one account the same (migration 1766000900000): the unique
// index's expression, also the ON CONFLICT target below.
const SAME_SEARCH = `saved_search_key(kind, vestigingscode, municipality_code, needs, filters,
  groep_min, groep_max, target_groups)`;

/**
 * Inserts a new search; undefined when the account has the same one subscribed already (also
 * when another save of it committed meanwhile: the unique index waits for it).
 */
export async function insertSavedSearch(
  tx: Queryable,
  s: NewSavedSearch,
): Promise<SavedSearchRow | undefined> {
  const rows = (await tx.query(
    `INSERT INTO saved_search (user_id, kind, vestigingscode, municipality_code, needs, filters,
                               groep_min, groep_max, target_groups, frequency, gap_keys,
                               next_digest_at)
     VALUES ($1, $2, $3, $4, $5::text[], $6::jsonb, $7, $8, $9::text[], $10, $11::text[], $12)
     ON CONFLICT (user_id, (${SAME_SEARCH})) WHERE unsubscribed_at IS NULL DO NOTHING
     RETURNING ${COLUMNS}`,
    [...searchKeyParams(s), s.frequency, [...s.gapKeys], s.nextDigestAt],
  )) as SavedSearchRow[];
  return rows[0];
}

/** The account's subscribed search that is the same as `s`, if any. */
export function sameSavedSearch(
  db: Queryable,
  s: SearchKeyFields,
): Promise<SavedSearchRow | undefined> {
  return firstRow(
    db,
    `SELECT ${COLUMNS} FROM saved_search
      WHERE user_id = $1 AND unsubscribed_at IS NULL
        AND ${SAME_SEARCH} = saved_search_key($2, $3, $4, $5::text[], $6::jsonb, $7::smallint,
                                              $8::smallint, $9::text[])`,
    searchKeyParams(s),
  );
}

type SearchKeyFields = Omit<NewSavedSearch, 'frequency' | 'gapKeys' | 'nextDigestAt'>;

/** $1–$9 of both statements above: the account, then the columns of `saved_search_key`. */
const searchKeyParams = (s: SearchKeyFields): unknown[] => [
  s.userId,
  s.kind,
  s.vestigingscode,
  s.municipalityCode,
  [...s.needs],
  JSON.stringify(s.filters),
  s.groepMin,
  s.groepMax,
  [...s.targetGroups],
];

/** A user's searches still subscribed, newest first. */
export async function savedSearchesOfUser(
  db: Queryable,
  userId: string,
): Promise<SavedSearchRow[]> {
  return (await db.query(
    `SELECT ${COLUMNS} FROM saved_search
      WHERE user_id = $1 AND unsubscribed_at IS NULL ORDER BY created_at DESC, id`,
    [userId],
  )) as SavedSearchRow[];
}

export async function countSavedSearchesOfUser(db: Queryable, userId: string): Promise<number> {
  return countOf(
    db,
    `SELECT count(*)::int AS n FROM saved_search WHERE user_id = $1 AND unsubscribed_at IS NULL`,
    [userId],
  );
}

export function savedSearchById(db: Queryable, id: string): Promise<SavedSearchRow | undefined> {
  return firstRow(db, `SELECT ${COLUMNS} FROM saved_search WHERE id = $1`, [id]);
}

export async function deleteSavedSearchRow(tx: Queryable, id: string): Promise<void> {
  await tx.query(`DELETE FROM saved_search WHERE id = $1`, [id]);
}

/** Every search still subscribed (the alert worker's index). */
export async function activeSavedSearches(db: Queryable): Promise<SavedSearchRow[]> {
  return (await db.query(
    `SELECT ${COLUMNS} FROM saved_search WHERE unsubscribed_at IS NULL ORDER BY id`,
  )) as SavedSearchRow[];
}

export async function unsubscribeSavedSearch(tx: Queryable, id: string): Promise<void> {
  await tx.query(
    `UPDATE saved_search SET unsubscribed_at = now() WHERE id = $1 AND unsubscribed_at IS NULL`,
    [id],
  );
}

// ── hits ────────────────────────────────────────────────────────────────────────────────────

export interface HitKey {
  savedSearchId: string;
  offeringId: string;
}

/** What a search already finds when it is saved: stored as mailed, so it is never "new". */
export async function insertBaselineHits(
  tx: Queryable,
  savedSearchId: string,
  offeringIds: readonly string[],
): Promise<void> {
  if (offeringIds.length === 0) return;
  await tx.query(
    `INSERT INTO saved_search_hit (saved_search_id, offering_id, mailed_at)
     SELECT $1, unnest($2::uuid[]), now() ON CONFLICT DO NOTHING`,
    [savedSearchId, [...offeringIds]],
  );
}

/** The hits of these offerings, of every search. */
export async function hitsOfOfferings(
  db: Queryable,
  offeringIds: readonly string[],
): Promise<HitKey[]> {
  if (offeringIds.length === 0) return [];
  return (await db.query(
    `SELECT saved_search_id AS "savedSearchId", offering_id AS "offeringId"
       FROM saved_search_hit WHERE offering_id = ANY($1::uuid[])`,
    [[...offeringIds]],
  )) as HitKey[];
}

/** New hits (not yet mailed); one that exists already is left as it is. */
export async function insertHits(tx: Queryable, hits: readonly HitKey[]): Promise<void> {
  if (hits.length === 0) return;
  await tx.query(
    `INSERT INTO saved_search_hit (saved_search_id, offering_id)
     SELECT s, o FROM unnest($1::uuid[], $2::uuid[]) AS t(s, o)
      WHERE EXISTS (SELECT 1 FROM saved_search WHERE id = s)
     ON CONFLICT DO NOTHING`,
    [hits.map((h) => h.savedSearchId), hits.map((h) => h.offeringId)],
  );
}

export async function deleteHits(tx: Queryable, hits: readonly HitKey[]): Promise<void> {
  if (hits.length === 0) return;
  await tx.query(
    `DELETE FROM saved_search_hit h USING unnest($1::uuid[], $2::uuid[]) AS t(s, o)
      WHERE h.saved_search_id = t.s AND h.offering_id = t.o`,
    [hits.map((h) => h.savedSearchId), hits.map((h) => h.offeringId)],
  );
}

// ── digests ─────────────────────────────────────────────────────────────────────────────────

/** Searches whose digest is due, oldest first (read without a lock). */
export async function dueSearches(
  db: Queryable,
  now: Date,
  limit: number,
): Promise<SavedSearchRow[]> {
  return (await db.query(
    `SELECT ${COLUMNS} FROM saved_search
      WHERE unsubscribed_at IS NULL AND next_digest_at <= $1
      ORDER BY next_digest_at, id LIMIT $2`,
    [now, limit],
  )) as SavedSearchRow[];
}

/** Locks one search for its digest when it is still due and not locked by another replica. */
export async function lockDueSearch(tx: Queryable, id: string, now: Date): Promise<boolean> {
  const rows = (await tx.query(
    `SELECT id FROM saved_search
      WHERE id = $1 AND unsubscribed_at IS NULL AND next_digest_at <= $2
      FOR UPDATE SKIP LOCKED`,
    [id, now],
  )) as unknown[];
  return rows.length > 0;
}

export async function unmailedOfferingIds(tx: Queryable, savedSearchId: string): Promise<string[]> {
  const rows = (await tx.query(
    `SELECT offering_id AS id FROM saved_search_hit
      WHERE saved_search_id = $1 AND mailed_at IS NULL ORDER BY found_at, offering_id`,
    [savedSearchId],
  )) as { id: string }[];
  return rows.map((r) => r.id);
}

export async function markHitsMailed(
  tx: Queryable,
  savedSearchId: string,
  offeringIds: readonly string[],
  now: Date,
): Promise<void> {
  await tx.query(
    `UPDATE saved_search_hit SET mailed_at = $3
      WHERE saved_search_id = $1 AND offering_id = ANY($2::uuid[])`,
    [savedSearchId, [...offeringIds], now],
  );
}

export async function finishDigest(
  tx: Queryable,
  id: string,
  mailedAt: Date | null,
  nextDigestAt: Date,
  gapKeys: readonly string[],
): Promise<void> {
  await tx.query(
    `UPDATE saved_search
        SET next_digest_at = $2, gap_keys = $3::text[],
            last_digest_at = coalesce($4, last_digest_at)
      WHERE id = $1`,
    [id, nextDigestAt, [...gapKeys], mailedAt],
  );
}

// ── unsubscribe links ───────────────────────────────────────────────────────────────────────

export async function insertUnsubscribeLink(
  tx: Queryable,
  tokenHash: string,
  savedSearchId: string,
  days: number,
): Promise<void> {
  await tx.query(
    `INSERT INTO saved_search_link (token_hash, saved_search_id, purpose, expires_at)
     VALUES ($1, $2, 'UNSUBSCRIBE', now() + make_interval(days => $3))`,
    [tokenHash, savedSearchId, days],
  );
}

export function findUnsubscribeLink(
  db: Queryable,
  tokenHash: string,
): Promise<{ savedSearchId: string; expired: boolean } | undefined> {
  return firstRow(
    db,
    `SELECT saved_search_id AS "savedSearchId", expires_at <= now() AS expired
       FROM saved_search_link WHERE token_hash = $1 AND purpose = 'UNSUBSCRIBE'`,
    [tokenHash],
  );
}

// ── change-feed cursor ──────────────────────────────────────────────────────────────────────

export function readAlertCursor(db: Queryable): Promise<ChangeWatermark | undefined> {
  return firstRow(db, `SELECT txid, event_id AS id FROM alert_cursor WHERE id = 1`);
}

/** Sets the cursor when it has none yet (the first start); returns the one that holds. */
export async function initAlertCursor(
  db: Queryable,
  start: ChangeWatermark,
): Promise<ChangeWatermark> {
  await db.query(
    `INSERT INTO alert_cursor (id, txid, event_id) VALUES (1, $1, $2) ON CONFLICT DO NOTHING`,
    [start.txid, start.id],
  );
  return (await readAlertCursor(db))!;
}

/** Locks the cursor row and moves it from `from` to `to`; false when it was not at `from`
 * (another replica read those changes meanwhile). */
export async function advanceAlertCursor(
  tx: Queryable,
  from: ChangeWatermark,
  to: ChangeWatermark,
): Promise<boolean> {
  const rows = (await tx.query(
    `SELECT txid, event_id AS id FROM alert_cursor WHERE id = 1 FOR UPDATE`,
  )) as ChangeWatermark[];
  const now = rows[0];
  if (!now || now.txid !== from.txid || now.id !== from.id) return false;
  await tx.query(`UPDATE alert_cursor SET txid = $1, event_id = $2 WHERE id = 1`, [to.txid, to.id]);
  return true;
}
