import { Inject, Injectable } from '@nestjs/common';
import { normaliseCodeList } from '@partnerwijzer/domain';
import { GraphQLError } from 'graphql';
import { DataSource, type EntityManager } from 'typeorm';
import { UserInputError, type FieldProblem } from '../../common/errors/user-input.error.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.schema.js';
import { isUuid } from '../../common/validation/uuid.js';
import { escapeLike } from '../../database/escape-like.js';
import { recordAudit } from '../../common/audit/audit-log.js';
import { queueMail } from '../mail/index.js';
import {
  organisationExists,
  organisationIdsNamedLike,
  organisationNames,
} from '../organisations/repository.js';
import { existingMunicipalityCodes } from '../regions/repository.js';
import { schoolNames } from '../schools/repository.js';
import { requireRole, ROLES, type Actor, type Role } from '../../common/auth/roles.js';
import { RateLimitedError } from '../../common/rate-limit/rate-limited.error.js';
import { AccountRateLimits } from './account-rate-limits.js';
import { DatabaseLoginBackoff, MemoryLoginBackoff, type LoginBackoff } from './login-backoff.js';
import { capHashQueue, hashPassword, verifyPassword } from './password-hashing.js';
import { passwordProblem } from './password-rule.js';
import {
  accountEmailTaken,
  accountRowByEmail,
  accountRowById,
  deleteSession,
  deleteSessionsOf,
  emailsOfOrganisation,
  emailsOfOrganisations,
  insertAccountRow,
  insertResetToken,
  insertSession,
  listAccountRows,
  lockAccountEmail,
  setPasswordHash,
  touchSession,
  useResetToken,
  useResetTokensOf,
  type AccountRow,
} from './repository.js';
import { hashToken, newToken } from './tokens.js';
import {
  hasUnusualSpelling,
  isPlainEmail,
  normalEmail,
  UNUSUAL_SPELLING,
} from '../../common/validation/email-address.js';

export type { AccountRow } from './repository.js';

/** An account as an admin sees it in the list: with its organisation's name. */
export interface AccountListRow extends AccountRow {
  organisation_name: string | null;
  created_at: Date;
}

export interface AccountFilter {
  role?: Role;
  search?: string;
}

export interface NewAccount {
  email: string;
  role: Role;
  password?: string;
  /** An argon2id hash made earlier (a confirmed sign-up); instead of `password`. */
  passwordHash?: string;
  organisationId?: string | null;
  /** The organisation's name, when known, so the password may not resemble it either. */
  organisationName?: string | null;
  schoolCodes?: string[];
  municipalityCodes?: string[];
}

export interface StartedSession {
  token: string;
  csrfToken: string;
  actor: Actor;
}

const RESET_HOURS = 1;
const INVITE_HOURS = 24 * 7;

export function actorOfAccount(row: AccountRow): Actor {
  return {
    userId: row.id,
    label: row.email,
    role: row.role,
    organisationId: row.organisation_id,
    schoolCodes: row.school_codes,
    municipalityCodes: row.municipality_codes,
  };
}

// Accounts, sessions and password resets. Sessions are opaque random tokens; the table holds
// their SHA-256, an idle expiry (pushed forward on use) and an absolute limit.
@Injectable()
export class AccountsService {
  readonly backoff: LoginBackoff;

  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    readonly limits: AccountRateLimits = new AccountRateLimits(config),
  ) {
    capHashQueue(config.PASSWORD_HASH_QUEUE_MAX);
    this.backoff =
      config.RATE_LIMIT_STORE === 'database'
        ? new DatabaseLoginBackoff(db)
        : new MemoryLoginBackoff();
  }

  /** Creates an account. Without a password an invitation (a reset link) is mailed. */
  async createAccount(actor: Actor | null, input: NewAccount): Promise<AccountRow> {
    requireRole(actor, 'ADMIN');
    return this.db.transaction(async (tx) => {
      const row = await this.insertAccount(tx, input);
      await recordAudit(tx, actor, 'ACCOUNT', row.id, 'CREATE', {
        email: row.email,
        role: row.role,
        organisationId: row.organisation_id,
        schoolCodes: row.school_codes,
        municipalityCodes: row.municipality_codes,
      });
      if (!input.password)
        await this.mailResetLink(tx, row, INVITE_HOURS, 'Welkom bij Partnerwijzer', true);
      return row;
    });
  }

  /** Inserts an account without an access check: for the CLI and for services that did it. */
  async insertAccount(tx: EntityManager, input: NewAccount): Promise<AccountRow> {
    const email = normalEmail(input.email);
    const problems: FieldProblem[] = [];
    if (hasUnusualSpelling(email)) {
      problems.push({ field: 'email', message: UNUSUAL_SPELLING, code: 'UNUSUAL_EMAIL_SPELLING' });
    } else if (!isPlainEmail(email)) {
      problems.push({
        field: 'email',
        message: 'geen geldig e-mailadres (not a valid email)',
        code: 'INVALID_EMAIL',
      });
    }
    if (!ROLES.includes(input.role))
      problems.push({
        field: 'role',
        message: 'onbekende rol (unknown role)',
        code: 'UNKNOWN_VALUE',
      });
    const pw =
      input.password === undefined
        ? null
        : passwordProblem(input.password, {
            email,
            organisationName: input.organisationName ?? null,
          });
    // The rule's own advice (what the password resembles) is the message: code INVALID.
    if (pw) problems.push({ field: 'password', message: pw, code: 'INVALID' });
    if (input.role === 'PARTNER_EDITOR' && !input.organisationId) {
      problems.push({
        field: 'organisationId',
        message: 'verplicht voor PARTNER_EDITOR (required for PARTNER_EDITOR)',
        code: 'REQUIRED',
      });
    }
    if (input.role === 'SCHOOL_STAFF' && !input.schoolCodes?.length) {
      problems.push({
        field: 'schoolCodes',
        message: 'minstens één school voor SCHOOL_STAFF (at least one school for SCHOOL_STAFF)',
        code: 'AT_LEAST_ONE',
      });
    }
    if (input.role === 'MUNICIPALITY_OFFICER' && !input.municipalityCodes?.length) {
      problems.push({
        field: 'municipalityCodes',
        message: 'minstens één gemeente (at least one municipality)',
        code: 'AT_LEAST_ONE',
      });
    }
    if (problems.length > 0) throw new UserInputError(problems);
    await lockAccountEmail(tx, email);
    if (await accountEmailTaken(tx, email)) {
      throw UserInputError.field(
        'email',
        'er is al een account met dit e-mailadres (email already registered)',
        { code: 'EMAIL_TAKEN' },
        'DUPLICATE',
      );
    }
    const links = await this.checkLinks(tx, input);
    const passwordHash =
      input.passwordHash ?? (input.password ? await hashPassword(input.password) : null);
    return insertAccountRow(tx, {
      email,
      passwordHash,
      role: input.role,
      organisationId: input.role === 'PARTNER_EDITOR' ? (input.organisationId ?? null) : null,
      schoolCodes: input.role === 'SCHOOL_STAFF' ? links.schoolCodes : [],
      municipalityCodes: input.role === 'MUNICIPALITY_OFFICER' ? links.municipalityCodes : [],
    });
  }

  /** Every account (ADMIN), newest first, with the name of a partner editor's organisation. */
  async listAccounts(actor: Actor | null, filter: AccountFilter = {}): Promise<AccountListRow[]> {
    requireRole(actor, 'ADMIN');
    const term = filter.search?.trim().toLowerCase();
    const pattern = term ? `%${escapeLike(term)}%` : undefined;
    const rows = await listAccountRows(this.db, {
      role: filter.role,
      pattern,
      organisationIds:
        pattern === undefined ? undefined : await organisationIdsNamedLike(this.db, pattern),
    });
    return this.withOrganisationNames(rows);
  }

  async accountById(id: string): Promise<AccountListRow> {
    const row = await accountRowById(this.db, id);
    return (await this.withOrganisationNames(row ? [row] : []))[0]!;
  }

  /** The accounts with the name of their organisation (from the organisations module). */
  private async withOrganisationNames(
    rows: AccountRow[],
    db: Pick<EntityManager, 'query'> = this.db,
  ): Promise<AccountListRow[]> {
    const names = await organisationNames(
      db,
      rows.map((r) => r.organisation_id),
    );
    return rows.map((r) => ({
      ...r,
      created_at: r.created_at!,
      organisation_name: r.organisation_id === null ? null : (names.get(r.organisation_id) ?? null),
    }));
  }

  // The organisation, schools and municipalities an account is linked to must exist: a typo
  // would otherwise give an account that sees nothing (or a foreign-key error).
  private async checkLinks(
    tx: Pick<EntityManager, 'query'>,
    input: NewAccount,
  ): Promise<{ schoolCodes: string[]; municipalityCodes: string[] }> {
    const codes = (list: string[] | undefined) => normaliseCodeList(list ?? []);
    const schoolCodes = input.role === 'SCHOOL_STAFF' ? codes(input.schoolCodes) : [];
    const municipalityCodes =
      input.role === 'MUNICIPALITY_OFFICER' ? codes(input.municipalityCodes) : [];
    const problems: FieldProblem[] = [];
    if (input.role === 'PARTNER_EDITOR' && input.organisationId) {
      const found = isUuid(input.organisationId)
        ? await organisationExists(tx, input.organisationId)
        : false;
      if (!found) {
        problems.push({
          field: 'organisationId',
          message: 'onbekende organisatie (unknown organisation)',
          code: 'NOT_FOUND',
        });
      }
    }
    checkKnown(problems, 'schoolCodes', 'onbekende vestigingscode (unknown school)', {
      kind: 'VESTIGINGSCODE',
      codes: schoolCodes,
      known: await schoolNames(tx, schoolCodes),
    });
    checkKnown(problems, 'municipalityCodes', 'onbekende gemeentecode (unknown municipality)', {
      kind: 'MUNICIPALITY',
      codes: municipalityCodes,
      known: await existingMunicipalityCodes(tx, municipalityCodes),
    });
    if (problems.length > 0) throw new UserInputError(problems);
    return { schoolCodes, municipalityCodes };
  }

  async login(email: string, password: string, ip: string): Promise<StartedSession> {
    await this.limits.takeLogin(ip);
    const wait = await this.backoff.retryAfterSeconds(email, ip);
    if (wait > 0) {
      // The same code as the per-IP limits (RATE_LIMITED, with the wait); `reason` stays for
      // clients that read the older UNAUTHENTICATED/RATE_LIMITED answer.
      throw new RateLimitedError(
        { nl: 'mislukte inlogpogingen', en: 'failed sign-in attempts' },
        'EMAIL_AND_IP',
        wait,
        { reason: 'RATE_LIMITED' },
      );
    }
    const row = await accountRowByEmail(this.db, email);
    const ok = await verifyPassword(row?.password_hash ?? null, password);
    if (!row || !ok) {
      await this.backoff.failed(email, ip);
      throw new GraphQLError('Onjuist e-mailadres of wachtwoord (wrong email or password)', {
        extensions: { code: 'UNAUTHENTICATED', reason: 'BAD_CREDENTIALS' },
      });
    }
    await this.backoff.succeeded(email, ip);
    return this.startSession(this.db.manager, row);
  }

  async startSession(tx: Pick<EntityManager, 'query'>, row: AccountRow): Promise<StartedSession> {
    const token = newToken();
    const csrfToken = newToken();
    await insertSession(tx, {
      tokenHash: hashToken(token),
      csrfToken,
      userId: row.id,
      idleSeconds: this.idleSeconds(),
    });
    return { token, csrfToken, actor: actorOfAccount(row) };
  }

  /** The session's account and CSRF token, or null when unknown or expired (idle or absolute). */
  async resolveSession(token: string): Promise<{ actor: Actor; csrfToken: string } | null> {
    const session = await touchSession(
      this.db,
      hashToken(token),
      this.idleSeconds(),
      this.config.SESSION_MAX_DAYS * 86_400,
    );
    if (!session) return null;
    const account = await accountRowById(this.db, session.user_id);
    return account ? { actor: actorOfAccount(account), csrfToken: session.csrf_token } : null;
  }

  async logout(token: string | undefined): Promise<void> {
    if (token) await deleteSession(this.db, hashToken(token));
  }

  /**
   * Always answers the same, and counts against the same limits, so it does not reveal which
   * emails have an account.
   */
  async requestPasswordReset(email: string, ip: string): Promise<void> {
    // Refused for what was typed alone (quotes, a trailing dot: decision 0034), which tells
    // nothing about accounts; the budgets count per mailbox (mailboxKey) all the same.
    if (hasUnusualSpelling(normalEmail(email)))
      throw UserInputError.field('email', UNUSUAL_SPELLING, { code: 'UNUSUAL_EMAIL_SPELLING' });
    await this.limits.takeReset(ip, email);
    const row = await accountRowByEmail(this.db, email);
    await this.db.transaction(async (tx) => {
      if (row) return this.mailResetLink(tx, row, RESET_HOURS, 'Wachtwoord opnieuw instellen');
      // No account: the address gets a mail saying so (one write either way, so the answer
      // takes as long), and whoever owns it learns that someone asked.
      const address = normalEmail(email);
      if (!isPlainEmail(address)) return;
      const base = this.config.PUBLIC_URL.replace(/\/+$/, '');
      await queueMail(
        tx,
        address,
        'Wachtwoord opnieuw instellen',
        `Iemand vroeg om een nieuw wachtwoord voor Partnerwijzer met dit e-mailadres (${address}), maar er is geen account met dit adres.\n\n` +
          `Wilt u een organisatie aanmelden? Dat kan via: ${base}/aanmelden\n` +
          `Vroeg u hier niet om? Dan kunt u deze mail negeren.`,
      );
    });
  }

  async resetPassword(token: string, password: string): Promise<void> {
    // First without the account (a common or repeated password needs no token lookup), then
    // against its email and organisation once the token is known.
    const problem = passwordProblem(password);
    if (problem) throw UserInputError.field('password', problem, { code: 'INVALID' });
    await this.db.transaction(async (tx) => {
      const userId = await useResetToken(tx, hashToken(token));
      if (!userId) {
        throw UserInputError.field(
          'token',
          'ongeldige of verlopen link (invalid or expired token)',
          { code: 'LINK_INVALID' },
        );
      }
      const account = await accountRowById(tx, userId);
      const owner = await this.withOrganisationNames(account ? [account] : [], tx);
      const derived = passwordProblem(password, {
        email: owner[0]?.email,
        organisationName: owner[0]?.organisation_name,
      });
      // Thrown inside the transaction: the token is not used up.
      if (derived) throw UserInputError.field('password', derived, { code: 'INVALID' });
      await setPasswordHash(tx, userId, await hashPassword(password));
      // A new password ends every existing session, and every other link that could set one
      // (an earlier reset mail, the invitation): whoever read an old mail is locked out too.
      await deleteSessionsOf(tx, userId);
      await useResetTokensOf(tx, userId);
      await recordAudit(tx, null, 'ACCOUNT', userId, 'RESET_PASSWORD');
    });
  }

  private async mailResetLink(
    tx: Pick<EntityManager, 'query'>,
    row: AccountRow,
    hours: number,
    subject: string,
    invitation = false,
  ): Promise<void> {
    const token = newToken();
    await insertResetToken(tx, hashToken(token), row.id, hours);
    // The web client's page for a new password (also for invitations: the first password).
    const link = `${this.config.PUBLIC_URL.replace(/\/+$/, '')}/wachtwoord-herstellen?token=${token}${invitation ? '&welkom=1' : ''}`;
    const intro = invitation
      ? `Er is een account voor u aangemaakt in Partnerwijzer (${row.email}).`
      : `U vroeg om een nieuw wachtwoord voor Partnerwijzer (${row.email}).`;
    const within = hours === 1 ? '1 hour' : `${hours} hours`;
    const english = invitation
      ? `an account was made for you in Partnerwijzer (${row.email}); choose your password with the link above, within ${within} (it works once).`
      : `you asked for a new Partnerwijzer password (${row.email}); set it with the link above, within ${within} (it works once). If you did not ask, ignore this mail.`;
    await queueMail(
      tx,
      row.email,
      subject,
      `${intro}\n\nStel uw wachtwoord in via:\n${link}\n\nDeze link is ${hours} uur geldig en werkt één keer.` +
        (invitation ? '' : '\nVroeg u hier niet om? Dan kunt u deze mail negeren.') +
        `\n\n(English: ${english})\n`,
    );
  }

  private idleSeconds(): number {
    return Math.round(this.config.SESSION_IDLE_HOURS * 3600);
  }

  /** The e-mail addresses of an organisation's editors, inside the caller's transaction. */
  async editorEmails(tx: Pick<EntityManager, 'query'>, organisationId: string): Promise<string[]> {
    return emailsOfOrganisation(tx, organisationId);
  }

  /** The e-mail addresses of the accounts of each organisation (for the admin's review queue). */
  async editorEmailsByOrganisation(
    tx: Pick<EntityManager, 'query'>,
    organisationIds: readonly string[],
  ): Promise<Map<string, string[]>> {
    return emailsOfOrganisations(tx, organisationIds);
  }
}

/**
 * Adds a problem on `field` when some codes are not known, naming the first ten after `what`;
 * `kind` tells the web's catalogue what kind of code it does not know.
 */
function checkKnown(
  problems: FieldProblem[],
  field: string,
  what: string,
  {
    kind,
    codes,
    known,
  }: { kind: string; codes: readonly string[]; known: { has(code: string): boolean } },
): void {
  const unknown = codes.filter((c) => !known.has(c));
  if (unknown.length > 0) {
    problems.push({
      field,
      message: `${what}: ${unknown.slice(0, 10).join(', ')}`,
      code: 'UNKNOWN_CODES',
      params: { kind, codes: unknown.slice(0, 10).join(', ') },
    });
  }
}
