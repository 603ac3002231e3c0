import type { Queryable } from '../../database/queryable.js';
import type { ContactRequestStatus } from './contact-request-status.js';

// The contact-requests module's reads of its own table, shared by its inbox and by the
// municipality view's coalitions (docs/decisions/0013-repositories.md). Names of schools,
// offerings and organisations come from their owners' repositories, not from joins here.

export interface ContactRequestRow {
  id: string;
  status: ContactRequestStatus;
  statusReason: string | null;
  vestigingscode: string;
  offeringId: string;
  senderName: string;
  senderEmail: string;
  message: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface ContactRequestFilter {
  ids?: readonly string[];
  offeringIds?: readonly string[];
  vestigingscodes?: readonly string[];
  statuses?: readonly ContactRequestStatus[];
}

/** The requests that match every given condition, newest first, at most `limit` (null: all). */
export async function findContactRequests(
  db: Queryable,
  filter: ContactRequestFilter,
  limit: number | null = 500,
): Promise<ContactRequestRow[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  const any = (column: string, values: readonly string[], type: string) =>
    where.push(`${column} = ANY($${params.push([...values])}::${type}[])`);
  if (filter.ids) any('id', filter.ids, 'uuid');
  if (filter.offeringIds) any('offering_id', filter.offeringIds, 'uuid');
  if (filter.vestigingscodes) any('vestigingscode', filter.vestigingscodes, 'text');
  if (filter.statuses) any('status', filter.statuses, 'text');
  const rows = (await db.query(
    `SELECT id, status, status_reason AS "statusReason", vestigingscode,
            offering_id AS "offeringId", sender_name AS "senderName",
            sender_email AS "senderEmail", message,
            created_at AS "createdAt", updated_at AS "updatedAt"
       FROM contact_request
      ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY created_at DESC, id
      ${limit === null ? '' : `LIMIT $${params.push(limit)}`}`,
    params,
  )) as ContactRequestRow[];
  for (const r of rows) {
    r.createdAt = new Date(r.createdAt);
    r.updatedAt = new Date(r.updatedAt);
  }
  return rows;
}
