import { countOf, type Queryable } from '../../database/queryable.js';
import { returnedRows } from '../../database/returned-rows.js';
import type { ContactRequestLinkPurpose, ContactRequestStatus } from './contact-request-status.js';

// The contact-requests module's reads of its own table, shared by its inbox and by the
// municipality view's coalitions (docs/decisions/0013-repositories.md). Names of schools,
// offerings and organisations come from their owners' repositories, not from joins here.

export interface ContactRequestRow {
  id: string;
  /** The readable kenmerk, e.g. PW-2026-00042. */
  reference: string;
  status: ContactRequestStatus;
  statusReason: string | null;
  vestigingscode: string;
  offeringId: string;
  senderName: string;
  senderEmail: string;
  message: string;
  createdAt: Date;
  updatedAt: Date;
  /** When the partner first read it; null: unread. */
  readAt: Date | null;
}

export interface ContactRequestFilter {
  ids?: readonly string[];
  offeringIds?: readonly string[];
  vestigingscodes?: readonly string[];
  statuses?: readonly ContactRequestStatus[];
}

/** The WHERE clause (empty when no condition) and its parameters for a filter. */
function filterSql(filter: ContactRequestFilter): { where: string; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  const any = (column: string, values: readonly string[], type: string) =>
    where.push(`${column} = ANY($${params.push([...values])}::${type}[])`);
  if (filter.ids) any('id', filter.ids, 'uuid');
  if (filter.offeringIds) any('offering_id', filter.offeringIds, 'uuid');
  if (filter.vestigingscodes) any('vestigingscode', filter.vestigingscodes, 'text');
  if (filter.statuses) any('status', filter.statuses, 'text');
  return { where: where.length > 0 ? `WHERE ${where.join(' AND ')}` : '', params };
}

/** How many requests match every given condition (what a capped list leaves out, too). */
export async function countContactRequests(
  db: Queryable,
  filter: ContactRequestFilter,
): Promise<number> {
  const { where, params } = filterSql(filter);
  return countOf(db, `SELECT count(*)::int AS n FROM contact_request ${where}`, params);
}

/**
 * The requests that match every given condition, newest first, at most `limit` (null: all); with
 * `before` (the id of a request already listed) only those after it in this order, so the next
 * page follows on from the last request the reader has, whatever moved in front of it since.
 * The order is (created_at DESC, id) and `before` is compared on that same pair, so requests made
 * in the same instant are neither skipped nor repeated. `before` must be an existing request's
 * id (the caller checks that it may see it); an unknown id gives no rows.
 */
export async function findContactRequests(
  db: Queryable,
  filter: ContactRequestFilter,
  limit: number | null = 500,
  before?: string,
): Promise<ContactRequestRow[]> {
  const { where, params } = filterSql(filter);
  let after = '';
  if (before !== undefined) {
    const cursor = `$${params.push(before)}::uuid`;
    const at = `(SELECT c.created_at FROM contact_request c WHERE c.id = ${cursor})`;
    after = `${where ? 'AND' : 'WHERE'} (created_at < ${at} OR (created_at = ${at} AND id > ${cursor}))`;
  }
  const rows = (await db.query(
    `SELECT id, reference, status, status_reason AS "statusReason", vestigingscode,
            offering_id AS "offeringId", sender_name AS "senderName",
            sender_email AS "senderEmail", message,
            created_at AS "createdAt", updated_at AS "updatedAt", read_at AS "readAt"
       FROM contact_request
      ${where} ${after}
      ORDER BY created_at DESC, id
      ${limit === null ? '' : `LIMIT $${params.push(limit)}`}`,
    params,
  )) as ContactRequestRow[];
  for (const r of rows) {
    r.createdAt = new Date(r.createdAt);
    r.updatedAt = new Date(r.updatedAt);
    r.readAt = r.readAt === null ? null : new Date(r.readAt);
  }
  return rows;
}

export interface NewContactRequest {
  vestigingscode: string;
  offeringId: string;
  senderName: string;
  senderEmail: string;
  message: string;
}

/** Stores a new request (status REQUESTED, unread) with the next kenmerk of the year (the
 * column default, see migration 1765000100000: unique and without gaps per year). */
export async function insertContactRequest(
  tx: Queryable,
  row: NewContactRequest,
): Promise<{ id: string; reference: string; createdAt: Date }> {
  const rows = (await tx.query(
    `INSERT INTO contact_request
       (vestigingscode, offering_id, sender_name, sender_email, message, status)
     VALUES ($1, $2, $3, $4, $5, 'REQUESTED')
     RETURNING id, reference, created_at AS "createdAt"`,
    [row.vestigingscode, row.offeringId, row.senderName, row.senderEmail, row.message],
  )) as unknown;
  const saved = returnedRows<{ id: string; reference: string; createdAt: Date }>(rows)[0]!;
  return { id: saved.id, reference: saved.reference, createdAt: new Date(saved.createdAt) };
}

/** Marks the request read (once; a later read keeps the first time). */
export async function markContactRequestRead(db: Queryable, id: string): Promise<void> {
  await db.query(`UPDATE contact_request SET read_at = now() WHERE id = $1 AND read_at IS NULL`, [
    id,
  ]);
}

/** Moves a request to `status` (the reason kept only for DECLINED); it counts as read. */
export async function updateContactRequestStatus(
  tx: Queryable,
  id: string,
  status: ContactRequestStatus,
  reason: string | null,
): Promise<void> {
  await tx.query(
    `UPDATE contact_request
        SET status = $2, status_reason = $3, updated_at = now(), read_at = coalesce(read_at, now())
      WHERE id = $1`,
    [id, status, status === 'DECLINED' ? reason : null],
  );
}

/** How many requests for these offerings nobody has read yet. */
export async function countUnreadContactRequests(
  db: Queryable,
  offeringIds: readonly string[],
): Promise<number> {
  if (offeringIds.length === 0) return 0;
  return countOf(
    db,
    `SELECT count(*)::int AS n FROM contact_request
      WHERE read_at IS NULL AND offering_id = ANY($1::uuid[])`,
    [[...offeringIds]],
  );
}

/** Stores a mailed link (its token only as the hash) for one request and purpose. */
export async function insertContactRequestLink(
  tx: Queryable,
  tokenHash: string,
  contactRequestId: string,
  purpose: ContactRequestLinkPurpose,
  days: number,
): Promise<Date> {
  const rows = (await tx.query(
    `INSERT INTO contact_request_link (token_hash, contact_request_id, purpose, expires_at)
     VALUES ($1, $2, $3, now() + make_interval(days => $4))
     RETURNING expires_at AS "expiresAt"`,
    [tokenHash, contactRequestId, purpose, days],
  )) as unknown;
  return new Date(returnedRows<{ expiresAt: Date }>(rows)[0]!.expiresAt);
}

export interface ContactRequestLinkRow {
  contactRequestId: string;
  purpose: ContactRequestLinkPurpose;
  expiresAt: Date;
  expired: boolean;
}

/** The link with this token hash, expired or not (null: no such link). */
export async function findContactRequestLink(
  db: Queryable,
  tokenHash: string,
): Promise<ContactRequestLinkRow | null> {
  const rows = (await db.query(
    `SELECT contact_request_id AS "contactRequestId", purpose, expires_at AS "expiresAt",
            expires_at <= now() AS expired
       FROM contact_request_link WHERE token_hash = $1`,
    [tokenHash],
  )) as ContactRequestLinkRow[];
  const row = rows[0];
  return row ? { ...row, expiresAt: new Date(row.expiresAt) } : null;
}
