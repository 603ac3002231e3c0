import type { Role } from '../../common/auth/roles.js';
import { firstRow, type Queryable } from '../../database/queryable.js';
import { returnedRows } from '../../database/returned-rows.js';
import { mailboxKey, normalEmail } from '../../common/validation/email-address.js';

// The accounts module's SQL for user_account, session and password_reset_token
// (entities/; docs/decisions/0013-repositories.md): plain functions over a DataSource or a
// transaction. Tokens arrive here already hashed (tokens.ts); no token is stored in the clear.
// The sign-up table (registration-requests.ts) and the login back-off (login-backoff.ts) keep
// their SQL beside the one class that uses each.

/** A user_account row as the services read it (snake_case, as the table). */
export interface AccountRow {
  id: string;
  email: string;
  password_hash: string | null;
  role: Role;
  organisation_id: string | null;
  school_codes: string[];
  municipality_codes: string[];
  created_at?: Date;
}

/**
 * Serialises account creation per (lower-cased) email until the transaction ends, so two
 * creations of one address cannot both pass the uniqueness check.
 */
export async function lockAccountEmail(tx: Queryable, email: string): Promise<void> {
  await tx.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`account:${email}`]);
}

/** Whether an account has this (lower-cased) email. */
export async function accountEmailTaken(db: Queryable, email: string): Promise<boolean> {
  const rows = (await db.query(`SELECT 1 FROM user_account WHERE lower(email) = $1`, [
    email,
  ])) as unknown[];
  return rows.length > 0;
}

export interface NewAccountRow {
  email: string;
  passwordHash: string | null;
  role: Role;
  organisationId: string | null;
  schoolCodes: string[];
  municipalityCodes: string[];
}

export async function insertAccountRow(tx: Queryable, a: NewAccountRow): Promise<AccountRow> {
  const rows = (await tx.query(
    `INSERT INTO user_account (email, password_hash, role, organisation_id, school_codes, municipality_codes)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING *`,
    [a.email, a.passwordHash, a.role, a.organisationId, a.schoolCodes, a.municipalityCodes],
  )) as AccountRow[];
  return rows[0]!;
}

/**
 * At most 500 accounts, newest first: of one role when given; with `pattern` (a LIKE pattern,
 * escaped by the caller) those whose email matches it or who belong to `organisationIds`.
 */
export async function listAccountRows(
  db: Queryable,
  filter: { role?: Role; pattern?: string; organisationIds?: string[] },
): Promise<AccountRow[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.role) {
    params.push(filter.role);
    where.push(`a.role = $${params.length}`);
  }
  if (filter.pattern !== undefined) {
    params.push(filter.pattern);
    const email = `lower(a.email) LIKE $${params.length}`;
    params.push(filter.organisationIds ?? []);
    where.push(`(${email} OR a.organisation_id = ANY($${params.length}::uuid[]))`);
  }
  return (await db.query(
    `SELECT a.* FROM user_account a
      ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY a.created_at DESC, a.email
      LIMIT 500`,
    params,
  )) as AccountRow[];
}

export function accountRowById(db: Queryable, id: string): Promise<AccountRow | undefined> {
  return firstRow(db, `SELECT * FROM user_account WHERE id = $1`, [id]);
}

/**
 * The account with this email: compared in its one spelling (normalEmail), else by the mailbox it
 * reaches (mailboxKey: "x"@example.nl and x@example.nl. are x@example.nl, the spelling migration
 * 1766001300000 stored such accounts in). An account stored in the typed spelling comes first.
 */
export function accountRowByEmail(db: Queryable, email: string): Promise<AccountRow | undefined> {
  return firstRow(
    db,
    `SELECT * FROM user_account WHERE lower(email) IN ($1, $2) ORDER BY lower(email) = $1 DESC LIMIT 1`,
    [normalEmail(email), mailboxKey(email)],
  );
}

export async function setPasswordHash(tx: Queryable, userId: string, hash: string): Promise<void> {
  await tx.query(`UPDATE user_account SET password_hash = $2, updated_at = now() WHERE id = $1`, [
    userId,
    hash,
  ]);
}

/** The email addresses of an organisation's accounts (its editors). */
export async function emailsOfOrganisation(
  db: Queryable,
  organisationId: string,
): Promise<string[]> {
  const rows = (await db.query(`SELECT email FROM user_account WHERE organisation_id = $1`, [
    organisationId,
  ])) as { email: string }[];
  return rows.map((r) => r.email);
}

/** The email addresses of the accounts of each organisation in `organisationIds`, oldest account
 * first (for a registration: who signed up); an organisation without accounts is left out. */
export async function emailsOfOrganisations(
  db: Queryable,
  organisationIds: readonly string[],
): Promise<Map<string, string[]>> {
  const rows = (await db.query(
    `SELECT organisation_id, email FROM user_account WHERE organisation_id = ANY($1::uuid[])
     ORDER BY created_at, email`,
    [organisationIds],
  )) as { organisation_id: string; email: string }[];
  const byOrganisation = new Map<string, string[]>();
  for (const r of rows) {
    const emails = byOrganisation.get(r.organisation_id) ?? [];
    emails.push(r.email);
    byOrganisation.set(r.organisation_id, emails);
  }
  return byOrganisation;
}

export async function insertSession(
  tx: Queryable,
  s: { tokenHash: string; csrfToken: string; userId: string; idleSeconds: number },
): Promise<void> {
  await tx.query(
    `INSERT INTO session (token_hash, csrf_token, user_id, expires_at)
     VALUES ($1, $2, $3, now() + make_interval(secs => $4))`,
    [s.tokenHash, s.csrfToken, s.userId, s.idleSeconds],
  );
}

/**
 * Marks a live session as used and pushes its idle expiry forward (never past its absolute
 * limit); its account id and CSRF token, or undefined when unknown or expired.
 */
export async function touchSession(
  db: Queryable,
  tokenHash: string,
  idleSeconds: number,
  maxSeconds: number,
): Promise<{ user_id: string; csrf_token: string } | undefined> {
  const rows = (await db.query(
    `UPDATE session SET last_seen_at = now(),
            expires_at = LEAST(created_at + make_interval(secs => $3), now() + make_interval(secs => $2))
      WHERE token_hash = $1 AND expires_at > now() AND created_at > now() - make_interval(secs => $3)
      RETURNING user_id, csrf_token`,
    [tokenHash, idleSeconds, maxSeconds],
  )) as unknown;
  return returnedRows<{ user_id: string; csrf_token: string }>(rows)[0];
}

export async function deleteSession(db: Queryable, tokenHash: string): Promise<void> {
  await db.query(`DELETE FROM session WHERE token_hash = $1`, [tokenHash]);
}

export async function deleteSessionsOf(tx: Queryable, userId: string): Promise<void> {
  await tx.query(`DELETE FROM session WHERE user_id = $1`, [userId]);
}

export async function insertResetToken(
  tx: Queryable,
  tokenHash: string,
  userId: string,
  hours: number,
): Promise<void> {
  await tx.query(
    `INSERT INTO password_reset_token (token_hash, user_id, expires_at)
     VALUES ($1, $2, now() + make_interval(hours => $3))`,
    [tokenHash, userId, hours],
  );
}

/** Uses a live reset token up; its account id, or undefined when unknown, used or expired. */
export async function useResetToken(tx: Queryable, tokenHash: string): Promise<string | undefined> {
  const rows = (await tx.query(
    `UPDATE password_reset_token SET used_at = now()
      WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now()
      RETURNING user_id`,
    [tokenHash],
  )) as unknown;
  return returnedRows<{ user_id: string }>(rows)[0]?.user_id;
}

/**
 * Uses up every live reset link of an account (password resets and the invitation alike): once
 * a password is set, an older link still in a mailbox must not set another one.
 */
export async function useResetTokensOf(tx: Queryable, userId: string): Promise<void> {
  await tx.query(
    `UPDATE password_reset_token SET used_at = now() WHERE user_id = $1 AND used_at IS NULL`,
    [userId],
  );
}
