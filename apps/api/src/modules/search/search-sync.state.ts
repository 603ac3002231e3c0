import type { DataSource } from 'typeorm';
import { countChangesSince, type ChangeWatermark } from '../change-feed/index.js';

// The sync worker's position in the change feed, kept in app_meta so a restart resumes.
const KEY = 'search_sync_watermark';

export async function readSearchWatermark(db: DataSource): Promise<ChangeWatermark | null> {
  const rows = (await db.query(`SELECT value FROM app_meta WHERE key = $1`, [KEY])) as {
    value: string;
  }[];
  if (!rows[0]) return null;
  const parsed = JSON.parse(rows[0].value) as ChangeWatermark;
  return { txid: String(parsed.txid), id: String(parsed.id) };
}

export async function writeSearchWatermark(
  db: DataSource,
  watermark: ChangeWatermark,
): Promise<void> {
  await db.query(
    `INSERT INTO app_meta (key, value, updated_at) VALUES ($1, $2, now())
     ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = now()`,
    [KEY, JSON.stringify(watermark)],
  );
}

/** Changes after the watermark not yet in the index (including ones still too new to read). */
export async function backlogSize(
  db: DataSource,
  watermark: ChangeWatermark | null,
): Promise<number> {
  const w = watermark ?? { txid: '0', id: '0' };
  return countChangesSince(db, ['OFFERING', 'ORGANISATION'], w);
}
