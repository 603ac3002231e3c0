import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { MatchEngine, type MatchVerdict, type ProblemCodeName } from '@partnerwijzer/domain';
import { UserInputError, type FieldProblem } from '../../common/errors/user-input.error.js';
import { RateLimitsService } from '../../common/rate-limit/rate-limits.service.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.schema.js';
import { AccountsService } from '../accounts/index.js';
import { queueMail } from '../mail/index.js';
import { loadMatchableOfferings } from '../organisations/index.js';
import {
  offeringSummaries,
  organisationContactEmail,
  type OfferingSummary,
} from '../organisations/repository.js';
import { schoolNames, schoolPlace, type SchoolPlace } from '../schools/repository.js';
import { assertUuid } from '../../common/validation/uuid.js';
import { issueContactRequestLink } from './contact-request-links.js';
import { confirmationMail, newRequestMail } from './contact-request-mails.js';
import { DUPLICATE_WINDOW_HOURS, OPEN_CONTACT_REQUEST_STATUSES } from './contact-request-status.js';
import type { RequestContactInput } from './dto/request-contact.input.js';
import type { ContactRequestModel } from './models/contact-request.model.js';
import { insertContactRequest } from './repository.js';

// Why an offering cannot be asked about by this school, in the caller's words.
const VERDICT_MESSAGES: Partial<Record<MatchVerdict, string>> = {
  UNKNOWN_OFFERING: 'onbekend (unknown)',
  NOT_COVERED: 'bereikt deze school niet (this offering does not cover the school)',
  OFFERING_NOT_ACTIVE: 'wordt nu niet aangeboden (offering is not active)',
  // A draft or suspended partner is hidden from the public (organisation-visibility): its
  // offering answers as one that does not exist.
  ORGANISATION_NOT_ACTIVE: 'onbekend (unknown)',
};
/** The catalogue's code for each refused verdict (an unknown and a hidden offering alike). */
const VERDICT_CODES: Partial<Record<MatchVerdict, ProblemCodeName>> = {
  UNKNOWN_OFFERING: 'NOT_FOUND',
  NOT_COVERED: 'NOT_COVERED',
  OFFERING_NOT_ACTIVE: 'OFFERING_NOT_ACTIVE',
  ORGANISATION_NOT_ACTIVE: 'NOT_FOUND',
};
const ANSWERED_AS_UNKNOWN: ReadonlySet<MatchVerdict> = new Set([
  'UNKNOWN_OFFERING',
  'ORGANISATION_NOT_ACTIVE',
]);

@Injectable()
export class ContactRequestsService {
  constructor(
    private readonly db: DataSource,
    private readonly rateLimits: RateLimitsService,
    private readonly accounts: AccountsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Stores a contact request from `clientIp`; refused (RATE_LIMITED) before any work when
   * that address or sender email asked too often within the hour. In the same transaction it
   * mails the partner (the organisation's address and its editors; a partner without an
   * account gets a link to read and answer this one request) and confirms to the sender with
   * a link to the status page. Mail goes through the outbox (modules/mail). */
  async request(input: RequestContactInput, clientIp: string): Promise<ContactRequestModel> {
    await this.rateLimits.assertContactAllowed(clientIp, input.senderEmail);
    assertUuid('offeringId', input.offeringId);
    const school = await schoolPlace(this.db, input.vestigingscode);
    const problems: FieldProblem[] = [];
    if (!school || !school.active) {
      problems.push({
        field: 'vestigingscode',
        message: `onbekende school (unknown school): ${input.vestigingscode.slice(0, 20)}`,
        code: 'NOT_FOUND',
      });
    }
    const verdict = school ? await this.verdictFor(input.offeringId, school) : null;
    const verdictMessage = verdict ? VERDICT_MESSAGES[verdict] : undefined;
    if (verdictMessage) {
      problems.push({
        field: 'offeringId',
        message: verdictMessage,
        code: VERDICT_CODES[verdict!] ?? 'NOT_FOUND',
      });
    }
    if (problems.length > 0) {
      throw new UserInputError(
        problems,
        (verdict && ANSWERED_AS_UNKNOWN.has(verdict)) || !school ? 'NOT_FOUND' : 'INVALID',
      );
    }

    const email = input.senderEmail;
    const names = await this.namesFor(input.offeringId, input.vestigingscode);
    return this.db.transaction(async (tx) => {
      // Serialise requests for the same school, offering and sender, so two quick clicks
      // cannot both pass the duplicate check.
      await tx.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [
        `contact_request:${input.vestigingscode}:${input.offeringId}:${email.toLowerCase()}`,
      ]);
      const open = (await tx.query(
        `SELECT 1 FROM contact_request
          WHERE vestigingscode = $1 AND offering_id = $2 AND lower(sender_email) = lower($3)
            AND status = ANY($4::text[])
            AND created_at > now() - make_interval(hours => $5)
          LIMIT 1`,
        [
          input.vestigingscode,
          input.offeringId,
          email,
          OPEN_CONTACT_REQUEST_STATUSES,
          DUPLICATE_WINDOW_HOURS,
        ],
      )) as unknown[];
      if (open.length > 0) {
        throw UserInputError.field(
          'offeringId',
          'u heeft dit al aangevraagd; de partner neemt contact met u op (you already requested this in the last 24 hours)',
          { code: 'ALREADY_REQUESTED' },
          'DUPLICATE',
        );
      }
      const saved = await insertContactRequest(tx, {
        vestigingscode: input.vestigingscode,
        offeringId: input.offeringId,
        senderName: input.senderName,
        senderEmail: email,
        message: input.message,
      });
      const reference = saved.reference;
      const about = {
        reference,
        schoolName: names.schoolName,
        offeringTitle: names.offering.title,
        organisationName: names.offering.organisationName,
      };
      const editors = await this.accounts.editorEmails(tx, names.offering.organisationId);
      const orgEmail = await organisationContactEmail(tx, names.offering.organisationId);
      const base = this.config.PUBLIC_URL.replace(/\/+$/, '');
      const recipients = new Map<string, string>();
      for (const address of [...editors, ...(orgEmail ? [orgEmail] : [])]) {
        recipients.set(address.toLowerCase(), address);
      }
      for (const address of recipients.values()) {
        const link =
          editors.length > 0
            ? { inbox: `${base}/portaal/inbox` }
            : await this.answerLink(tx, saved.id);
        const mail = newRequestMail(about, link);
        await queueMail(tx, address, mail.subject, mail.body);
      }
      const partnerMailed = recipients.size > 0;
      const statusLink = await issueContactRequestLink(tx, base, saved.id, 'STATUS');
      const confirmation = confirmationMail(about, statusLink, partnerMailed);
      await queueMail(tx, email, confirmation.subject, confirmation.body);
      return {
        id: saved.id,
        reference,
        status: 'REQUESTED' as const,
        createdAt: saved.createdAt,
        partnerMailed,
        mailEnabled: Boolean(this.config.SMTP_URL),
      };
    });
  }

  private async answerLink(
    tx: Pick<DataSource, 'query'>,
    contactRequestId: string,
  ): Promise<{ answer: string; days: number }> {
    const link = await issueContactRequestLink(
      tx,
      this.config.PUBLIC_URL,
      contactRequestId,
      'ANSWER',
    );
    return { answer: link.url, days: link.days };
  }

  /** The names the mails carry: the school's and the offering's, from their owners. */
  private async namesFor(
    offeringId: string,
    vestigingscode: string,
  ): Promise<{ offering: OfferingSummary; schoolName: string }> {
    const [[offering], schools] = await Promise.all([
      offeringSummaries(this.db, [offeringId]),
      schoolNames(this.db, [vestigingscode]),
    ]);
    return { offering: offering!, schoolName: schools.get(vestigingscode) ?? vestigingscode };
  }

  // Coverage is decided by the same domain rules as matching, but on the offering as it is in
  // PostgreSQL now (the shared in-memory index may lag other processes by a sync interval).
  private async verdictFor(offeringId: string, school: SchoolPlace): Promise<MatchVerdict> {
    const engine = new MatchEngine(
      await loadMatchableOfferings(this.db, { offeringIds: [offeringId] }),
    );
    return engine.explain(offeringId, {
      point: { lat: school.lat, lng: school.lng },
      municipalityCode: school.municipalityCode,
      provinceCode: school.provinceCode,
      needs: [],
    });
  }
}
