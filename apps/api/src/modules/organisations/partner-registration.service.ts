import { Inject, Injectable } from '@nestjs/common';
import { isPhone, type OrganisationStatus } from '@partnerwijzer/domain';
import { DataSource } from 'typeorm';
import { UserInputError, type FieldProblem } from '../../common/errors/user-input.error.js';
import {
  AccountsService,
  CONFIRM_HOURS,
  passwordProblem,
  REGISTRATION_REQUESTED_MESSAGE,
  RegistrationRequests,
  type StartedSession,
} from '../accounts/index.js';
import { type Actor, requireRole } from '../../common/auth/roles.js';
import { recordAudit } from '../../common/audit/audit-log.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.schema.js';
import { queueMail } from '../mail/index.js';
import { ChangeNotifier, recordChanges } from '../change-feed/index.js';
import type { RegisterPartnerInput } from './dto/register-partner.input.js';
import { OrganisationEntity } from './entities/organisation.entity.js';
import type { OrganisationModel } from './models/organisation.model.js';
import type { PendingOrganisationModel } from './models/pending-organisation.model.js';
import { toOrganisationModel } from './organisation.mappers.js';
import { INVALID_PHONE_MESSAGE } from './organisation-profile.validation.js';
import { assertUuid } from '../../common/validation/uuid.js';

/** Where an organisation stands, in the admin's words (a review refusal names it, not the code). */
const STATUS_WORDS: Record<OrganisationStatus, { nl: string; en: string }> = {
  DRAFT: { nl: 'afgewezen of nog niet ingediend', en: 'rejected or not yet submitted' },
  PENDING: { nl: 'wacht op verificatie', en: 'waiting for verification' },
  VERIFIED: { nl: 'al geverifieerd', en: 'verified already' },
  SUSPENDED: { nl: 'opgeschort', en: 'suspended' },
};

export const DUPLICATE_KVK_MESSAGE =
  'deze organisatie staat er al — vraag toegang aan de beheerder';

// A partner signs up in two steps (docs/decisions/0012): `register` checks the form and mails a
// link (the same answer for every address, so it tells nobody who has an account);
// `confirm` with that link creates the organisation (PENDING) and its first PARTNER_EDITOR
// account and signs in. An admin verifies the organisation (VERIFIED, the badge) or rejects it with a reason
// (back to DRAFT, the reason kept and mailed, so the partner can correct and ask again).
@Injectable()
export class PartnerRegistrationService {
  constructor(
    private readonly db: DataSource,
    private readonly accounts: AccountsService,
    private readonly registrations: RegistrationRequests,
    private readonly notifier: ChangeNotifier,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Checks the form and mails the address; answers the same whether it has an account. */
  async register(
    input: RegisterPartnerInput,
    ip: string,
  ): Promise<{ message: string; validHours: number }> {
    const kvk = input.kvkNumber.replace(/\s/g, '');
    const problems: FieldProblem[] = [];
    if (!/^[0-9]{8}$/.test(kvk)) {
      problems.push({
        field: 'kvkNumber',
        message: 'moet 8 cijfers zijn (must be 8 digits)',
        code: 'INVALID_KVK',
      });
    }
    const pw = passwordProblem(input.password, {
      email: input.email,
      organisationName: input.organisationName,
    });
    // The rule's own advice (what the password resembles) is the message: code INVALID.
    if (pw) problems.push({ field: 'password', message: pw, code: 'INVALID' });
    if (input.organisationName.trim().length < 2) {
      problems.push({
        field: 'organisationName',
        message: 'minstens 2 tekens (at least 2 characters)',
        code: 'TOO_SHORT',
        params: { min: 2 },
      });
    }
    const phone = input.phone?.trim() || null;
    if (phone && !isPhone(phone)) {
      problems.push({ field: 'phone', message: INVALID_PHONE_MESSAGE, code: 'INVALID_PHONE' });
    }
    if (problems.length > 0) throw new UserInputError(problems);
    // Counted once the input is valid (a typo costs nothing), before anything is written.
    await this.accounts.limits.takeRegistration(ip, input.email);
    await this.registrations.request(
      {
        email: input.email,
        organisationName: input.organisationName.trim(),
        kvkNumber: kvk,
        city: input.city?.trim() || null,
        phone,
      },
      input.password,
    );
    return { message: REGISTRATION_REQUESTED_MESSAGE, validHours: CONFIRM_HOURS };
  }

  /** The mailed link: creates the organisation (PENDING) and the account, and signs in. */
  async confirm(token: string): Promise<StartedSession> {
    const { session, organisationId } = await this.db.transaction(async (tx) => {
      const claimed = await this.registrations.claim(tx, token);
      const kvk = claimed.kvkNumber;
      await tx.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`kvk:${kvk}`]);
      const existing = (await tx.query(`SELECT 1 FROM organisation WHERE kvk_number = $1`, [
        kvk,
      ])) as unknown[];
      // Thrown inside the transaction: the link is not used up. Only the owner of the mailbox
      // gets this far, so saying that the organisation exists reveals nothing to a stranger.
      if (existing.length > 0) {
        throw UserInputError.field(
          'kvkNumber',
          DUPLICATE_KVK_MESSAGE,
          {
            code: 'KVK_TAKEN',
          },
          'DUPLICATE',
        );
      }
      const { identifiers } = await tx.getRepository(OrganisationEntity).insert({
        name: claimed.organisationName,
        type: 'OTHER',
        kvkNumber: kvk,
        description: '',
        city: claimed.city ?? '',
        phone: claimed.phone,
        status: 'PENDING',
      });
      const orgId = String(identifiers[0]?.id);
      const account = await this.accounts.insertAccount(tx, {
        email: claimed.email,
        passwordHash: claimed.passwordHash,
        role: 'PARTNER_EDITOR',
        organisationId: orgId,
        organisationName: claimed.organisationName,
      });
      const started = await this.accounts.startSession(tx, account);
      await recordChanges(tx, 'ORGANISATION', [orgId]);
      await recordAudit(tx, started.actor, 'ORGANISATION', orgId, 'REGISTER', {
        name: claimed.organisationName,
        kvkNumber: kvk,
        accountId: account.id,
      });
      return { session: started, organisationId: orgId };
    });
    await this.notifier.committed({ entity: 'ORGANISATION', ids: [organisationId] });
    return session;
  }

  async pending(actor: Actor | null): Promise<PendingOrganisationModel[]> {
    requireRole(actor, 'ADMIN');
    const rows = await this.db
      .getRepository(OrganisationEntity)
      .find({ where: { status: 'PENDING' }, order: { createdAt: 'ASC' }, take: 500 });
    // Who signed up: the admin needs an address even when the profile has none yet.
    const emails = await this.accounts.editorEmailsByOrganisation(
      this.db,
      rows.map((r) => r.id),
    );
    return rows.map((r) => ({ ...toOrganisationModel(r), accountEmails: emails.get(r.id) ?? [] }));
  }

  async verify(actor: Actor | null, organisationId: string): Promise<OrganisationModel> {
    return this.review(actor, organisationId, 'VERIFIED', null);
  }

  async reject(
    actor: Actor | null,
    organisationId: string,
    reason: string,
  ): Promise<OrganisationModel> {
    return this.review(actor, organisationId, 'DRAFT', reason);
  }

  private async review(
    actor: Actor | null,
    organisationId: string,
    status: 'VERIFIED' | 'DRAFT',
    reason: string | null,
  ): Promise<OrganisationModel> {
    const admin = requireRole(actor, 'ADMIN');
    assertUuid('organisationId', organisationId);
    if (reason !== null && reason.trim().length < 3) {
      throw UserInputError.field('reason', 'geef een reden (give a reason)', { code: 'REQUIRED' });
    }
    const repo = this.db.getRepository(OrganisationEntity);
    const before = await repo.findOneBy({ id: organisationId });
    if (!before) throw UserInputError.notFound('organisationId', organisationId);
    if (before.status !== 'PENDING' && !(status === 'VERIFIED' && before.status === 'DRAFT')) {
      const now = STATUS_WORDS[before.status as OrganisationStatus];
      throw UserInputError.field(
        'organisationId',
        `wacht niet op verificatie, de organisatie is ${now.nl} (is not waiting for verification, the organisation is ${now.en})`,
        { code: 'NOT_PENDING' },
      );
    }
    await this.db.transaction(async (tx) => {
      await tx.query(
        `UPDATE organisation SET status = $2, verified_at = $3, rejection_reason = $4, updated_at = now()
          WHERE id = $1`,
        [organisationId, status, status === 'VERIFIED' ? new Date() : null, reason?.trim() ?? null],
      );
      const offerings = (await tx.query(`SELECT id FROM offering WHERE organisation_id = $1`, [
        organisationId,
      ])) as { id: string }[];
      await recordChanges(tx, 'ORGANISATION', [organisationId]);
      await recordChanges(
        tx,
        'OFFERING',
        offerings.map((o) => o.id),
      );
      await recordAudit(
        tx,
        admin,
        'ORGANISATION',
        organisationId,
        status === 'VERIFIED' ? 'VERIFY' : 'REJECT',
        {
          status: { from: before.status, to: status },
          ...(reason ? { reason: reason.trim() } : {}),
        },
      );
      const mail = reviewMail(
        before.name,
        reason?.trim() ?? null,
        `${this.config.PUBLIC_URL.replace(/\/+$/, '')}/portaal`,
      );
      for (const email of await this.accounts.editorEmails(tx, organisationId)) {
        await queueMail(tx, email, mail.subject, mail.body);
      }
    });
    await this.notifier.committed({ entity: 'ORGANISATION', ids: [organisationId] });
    return toOrganisationModel((await repo.findOneBy({ id: organisationId }))!);
  }
}

/**
 * The mail to a partner's editors after an admin's review, Dutch first, English after, with the
 * portal's address: there they add offerings (verified) or correct the sign-up (rejected).
 */
function reviewMail(
  name: string,
  reason: string | null,
  portal: string,
): { subject: string; body: string } {
  if (reason === null) {
    return {
      subject: 'Uw organisatie is geverifieerd',
      body:
        `${name} staat nu als geverifieerde partner in Partnerwijzer. Scholen vinden uw aanbod ` +
        `zodra het een werkgebied heeft.\n\nNaar uw portaal (inloggen):\n${portal}\n\n` +
        `(English: ${name} is now a verified partner in Partnerwijzer. Schools find your ` +
        `offerings once they have a service area; manage them in your portal, link above.)\n`,
    };
  }
  return {
    subject: 'Uw aanmelding is afgewezen',
    body:
      `${name} is niet geverifieerd. Reden: ${reason}\n\nPas uw gegevens aan in uw portaal ` +
      `en bied uw organisatie daar opnieuw ter verificatie aan (inloggen):\n${portal}\n\n` +
      `(English: ${name} was not verified. Reason: ${reason}. Correct your details in your ` +
      `portal and submit your organisation for verification again there, link above.)\n`,
  };
}
