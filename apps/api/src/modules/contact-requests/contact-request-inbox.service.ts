import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { UserInputError } from '../../common/errors/user-input.error.js';
import { recordAudit, type AuditActor } from '../../common/audit/audit-log.js';
import {
  type Actor,
  canEditOrganisation,
  canSeeSchool,
  forbidden,
  requireRole,
  requireSignedIn,
} from '../../common/auth/roles.js';
import { assertUuid } from '../../common/validation/uuid.js';
import { requireVestigingscode } from '../../common/validation/code-inputs.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.schema.js';
import type { Queryable } from '../../database/queryable.js';
import { queueMail } from '../mail/index.js';
import { issueContactRequestLink, resolveContactRequestLink } from './contact-request-links.js';
import { statusChangedMail } from './contact-request-mails.js';
import { STATUS_WORDS, type ContactRequestStatus } from './contact-request-status.js';
import type { ContactRequestDetailModel } from './models/contact-request-detail.model.js';
import type { ContactRequestStatusViewModel } from './models/contact-request-status-view.model.js';
import {
  offeringIdsOfOrganisations,
  offeringSummaries,
  organisationExists,
} from '../organisations/repository.js';
import { schoolNames } from '../schools/repository.js';
import { findCollaborations } from '../collaborations/repository.js';
import {
  countContactRequests,
  countUnreadContactRequests,
  findContactRequests,
  markContactRequestRead,
  updateContactRequestStatus,
  type ContactRequestFilter,
  type ContactRequestRow,
} from './repository.js';

/** Where a partner can move a request; REQUESTED is only ever set by the school's request. */
export const PARTNER_STATUSES: readonly ContactRequestStatus[] = [
  'ACCEPTED',
  'DECLINED',
  'IN_CONVERSATION',
  'STARTED',
];

/** A request with the names its readers see, as its owners know them. */
interface Row extends ContactRequestRow {
  schoolName: string;
  offeringTitle: string;
  offeringInterventionCodes: string[];
  organisationId: string;
  organisationName: string;
}

// The partner's inbox and the school's view of its own requests. Every read and write is
// scoped here: a partner editor sees only requests for their organisation's offerings, school
// staff only their schools' requests. A partner without an account reads and answers one
// request through the mailed ANSWER link; the sender follows it through the STATUS link
// (contact-request-links.ts). Every status change mails the sender.
/** The most requests one list (inbox, a school's requests) holds, newest first. */
export const INBOX_LIMIT = 500;

@Injectable()
export class ContactRequestInboxService {
  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * The inbox's newest INBOX_LIMIT requests (newest first); with `before`, the INBOX_LIMIT that
   * follow that request (paging on from the last one the page has).
   */
  async inbox(
    actor: Actor | null,
    organisationId?: string,
    statuses?: readonly ContactRequestStatus[],
    before?: string,
  ): Promise<ContactRequestDetailModel[]> {
    // Who asks is checked first: an anonymous caller is told to sign in, not about `before`.
    const offeringIds = await this.offeringIdsFor(actor, organisationId);
    const filter: ContactRequestFilter = { offeringIds };
    await this.checkCursor(before, filter);
    if (statuses && statuses.length > 0) filter.statuses = [...new Set(statuses)];
    return (await this.find(filter, before)).map(toDetail);
  }

  /**
   * How many requests the inbox with these statuses holds in all: it lists the newest
   * INBOX_LIMIT, and the page says so when there are more.
   */
  async inboxTotal(
    actor: Actor | null,
    organisationId?: string,
    statuses?: readonly ContactRequestStatus[],
  ): Promise<number> {
    const offeringIds = await this.offeringIdsFor(actor, organisationId);
    if (offeringIds.length === 0) return 0;
    const filter: ContactRequestFilter = { offeringIds };
    if (statuses && statuses.length > 0) filter.statuses = [...new Set(statuses)];
    return countContactRequests(this.db, filter);
  }

  /** Requests of the organisation that nobody has read yet (the header's badge). */
  async unreadCount(actor: Actor | null, organisationId?: string): Promise<number> {
    const offeringIds = await this.offeringIdsFor(actor, organisationId);
    return countUnreadContactRequests(this.db, offeringIds);
  }

  async markRead(actor: Actor | null, id: string): Promise<ContactRequestDetailModel> {
    const a = requireSignedIn(actor);
    const before = await this.one(id);
    if (!canEditOrganisation(a, before.organisationId)) throw forbidden();
    await markContactRequestRead(this.db, id);
    return toDetail((await this.find({ ids: [id] }))[0]!);
  }

  /**
   * The school's newest INBOX_LIMIT requests, if asked only those with one of `statuses` (the
   * collaborations page asks for the accepted ones, however many older requests there are, and
   * pages on through them with `before`: the INBOX_LIMIT that follow that request).
   */
  async forSchool(
    actor: Actor | null,
    vestigingscode: string,
    statuses?: readonly ContactRequestStatus[],
    before?: string,
  ): Promise<ContactRequestDetailModel[]> {
    // Who asks is checked first: an anonymous caller is told to sign in, not about `before`.
    const code = await this.schoolOf(actor, vestigingscode);
    await this.checkCursor(before, schoolFilter(code, undefined));
    return (await this.find(schoolFilter(code, statuses), before)).map(toDetail);
  }

  /**
   * How many requests (with one of `statuses`) the school has in all: its list holds the
   * newest INBOX_LIMIT, and the page says so when there are more.
   */
  async forSchoolTotal(
    actor: Actor | null,
    vestigingscode: string,
    statuses?: readonly ContactRequestStatus[],
  ): Promise<number> {
    const code = await this.schoolOf(actor, vestigingscode);
    return countContactRequests(this.db, schoolFilter(code, statuses));
  }

  async setStatus(
    actor: Actor | null,
    id: string,
    status: ContactRequestStatus,
    reason: string | undefined,
    expectedStatus?: ContactRequestStatus,
  ): Promise<ContactRequestDetailModel> {
    const a = requireSignedIn(actor);
    const before = await this.one(id);
    if (!canEditOrganisation(a, before.organisationId)) throw forbidden();
    return this.changeStatus(before, { status, reason, expectedStatus }, a, {});
  }

  /** The request behind a partner's ANSWER link; opening it counts as reading it. */
  async byAnswerLink(token: string): Promise<ContactRequestDetailModel> {
    const { contactRequestId } = await resolveContactRequestLink(this.db, token, 'ANSWER');
    await markContactRequestRead(this.db, contactRequestId);
    return toDetail(await this.one(contactRequestId));
  }

  /** A partner without an account answers through the ANSWER link. */
  async answerByLink(
    token: string,
    status: ContactRequestStatus,
    reason: string | undefined,
    expectedStatus?: ContactRequestStatus,
  ): Promise<ContactRequestDetailModel> {
    const { contactRequestId } = await resolveContactRequestLink(this.db, token, 'ANSWER');
    const before = await this.one(contactRequestId);
    const actor: AuditActor = {
      userId: null,
      label: `partner via e-maillink (${before.organisationName})`.slice(0, 200),
    };
    return this.changeStatus(before, { status, reason, expectedStatus }, actor, {
      via: 'ANSWER_LINK',
    });
  }

  /** What the sender sees through the STATUS link: no message, no addresses. */
  async statusByLink(token: string): Promise<ContactRequestStatusViewModel> {
    const { contactRequestId, expiresAt } = await resolveContactRequestLink(
      this.db,
      token,
      'STATUS',
    );
    const r = await this.one(contactRequestId);
    // The collaboration recorded from this request, if any: only its name, status and period
    // (the sender may not be a party's account holder: no goals, funding or monitoring).
    const [collaboration] = await findCollaborations(this.db, { contactRequestIds: [r.id] }, 1);
    return {
      reference: r.reference,
      status: r.status,
      statusReason: r.statusReason,
      schoolName: r.schoolName,
      offeringTitle: r.offeringTitle,
      organisationName: r.organisationName,
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
      linkExpiresAt: expiresAt,
      collaboration: collaboration
        ? {
            title: collaboration.title,
            status: collaboration.status,
            startsOn: collaboration.startsOn,
            endsOn: collaboration.endsOn,
          }
        : null,
    };
  }

  private async changeStatus(
    before: Row,
    { status, reason, expectedStatus }: Answer,
    actor: AuditActor,
    extra: Record<string, unknown>,
  ): Promise<ContactRequestDetailModel> {
    if (!PARTNER_STATUSES.includes(status)) {
      throw UserInputError.field(
        'status',
        'kies ACCEPTED, DECLINED, IN_CONVERSATION of STARTED (choose ACCEPTED, DECLINED, IN_CONVERSATION or STARTED)',
        { code: 'UNKNOWN_VALUE' },
      );
    }
    const why = reason?.trim().slice(0, 1000) || null;
    if (status === 'DECLINED' && (!why || why.length < 3)) {
      throw UserInputError.field('reason', 'geef een reden bij afwijzen (a reason is required)', {
        code: 'REQUIRED',
      });
    }
    const repeated = await this.db.transaction(async (tx): Promise<boolean> => {
      // The status as it is now, held until this answer is written: two answers at once (a
      // double click, the inbox in two tabs, the mailed link and the inbox) each read the
      // request before either wrote, so without the lock both saw the old status, both
      // audited a change from it and the school got the same mail twice.
      const { status: from, reason: storedReason } = await lockedStatus(tx, before.id);
      // The same answer again (both tabs accept, a double click on the mailed link, a client
      // without expectedStatus): what the partner wants already holds. Nothing is written,
      // audited (no "X→X" line) or mailed again; the request is answered as it is, saying so
      // (alreadyAnswered), so the page can tell the partner. A decline with another reason is
      // another answer.
      const sameAnswer = status === from && (status !== 'DECLINED' || why === storedReason);
      if (sameAnswer) return true;
      // An answer from a page that saw an older status (a tab opened before another answer)
      // is refused, not written over that answer: nothing is stored, audited or mailed.
      if (expectedStatus && expectedStatus !== from) {
        throw staleAnswer(from, status === from ? 'OTHER_REASON' : null);
      }
      await updateContactRequestStatus(tx, before.id, status, why);
      await recordAudit(tx, actor, 'CONTACT_REQUEST', before.id, 'SET_STATUS', {
        status: { from, to: status },
        ...(why && status === 'DECLINED' ? { reason: why } : {}),
        ...extra,
      });
      if (from !== status) await this.mailSender(tx, before, status);
      return false;
    });
    const [after] = await this.find({ ids: [before.id] });
    return { ...toDetail(after!), alreadyAnswered: repeated };
  }

  private async mailSender(tx: Queryable, r: Row, status: ContactRequestStatus): Promise<void> {
    const link = await issueContactRequestLink(tx, this.config.PUBLIC_URL, r.id, 'STATUS');
    const mail = statusChangedMail(r, status, link);
    await queueMail(tx, r.senderEmail, mail.subject, mail.body);
  }

  /** The school whose requests the actor asks for: its staff or an admin, an existing school. */
  private async schoolOf(actor: Actor | null, vestigingscode: string): Promise<string> {
    const a = requireRole(actor, 'SCHOOL_STAFF', 'ADMIN');
    const code = requireVestigingscode(vestigingscode.slice(0, 20));
    if (!canSeeSchool(a, code)) throw forbidden();
    // An admin's typo is refused, not answered as a school without requests.
    if (!(await schoolNames(this.db, [code])).has(code)) {
      throw UserInputError.notFound('vestigingscode', code);
    }
    return code;
  }

  private async offeringIdsFor(actor: Actor | null, organisationId?: string): Promise<string[]> {
    const a = requireRole(actor, 'PARTNER_EDITOR', 'ADMIN');
    const orgId = organisationId ?? a.organisationId;
    if (!orgId)
      throw UserInputError.field(
        'organisationId',
        'verplicht voor een beheerder (required for an administrator)',
        { code: 'REQUIRED' },
      );
    assertUuid('organisationId', orgId);
    if (!canEditOrganisation(a, orgId)) throw forbidden();
    // An admin's mistyped or wrong-kind id is refused, not answered as an empty inbox.
    if (!(await organisationExists(this.db, orgId))) {
      throw UserInputError.notFound('organisationId', orgId);
    }
    return offeringIdsOfOrganisations(this.db, [orgId]);
  }

  private async one(id: string): Promise<Row> {
    assertUuid('contactRequestId', id);
    const [row] = await this.find({ ids: [id] });
    if (!row) throw UserInputError.notFound('contactRequestId', id);
    return row;
  }

  /**
   * A list's `before`: a request of that same list (`scope`: the caller's offerings or school,
   * whatever its status now, as the last request a page has may have been answered since).
   * An unknown id and another list's request are refused alike, so the answer tells nothing
   * about requests the caller may not see.
   */
  private async checkCursor(
    before: string | undefined,
    scope: ContactRequestFilter,
  ): Promise<void> {
    if (before === undefined) return;
    assertUuid('before', before);
    if ((await countContactRequests(this.db, { ...scope, ids: [before] })) !== 1) {
      throw UserInputError.field(
        'before',
        'geen verzoek uit deze lijst; geef het id van het laatste verzoek dat de pagina al heeft (not a request of this list; give the id of the last request the page already has)',
        { code: 'NOT_FOUND' },
        'NOT_FOUND',
      );
    }
  }

  /**
   * Newest first, at most INBOX_LIMIT (with `before`: those after that request), each with its
   * school, offering and organisation names.
   */
  private async find(filter: ContactRequestFilter, before?: string): Promise<Row[]> {
    const requests = await findContactRequests(this.db, filter, INBOX_LIMIT, before);
    const [offerings, schools] = await Promise.all([
      offeringSummaries(
        this.db,
        requests.map((r) => r.offeringId),
      ),
      schoolNames(
        this.db,
        requests.map((r) => r.vestigingscode),
      ),
    ]);
    const offeringById = new Map(offerings.map((o) => [o.id, o]));
    return requests.flatMap((r) => {
      const offering = offeringById.get(r.offeringId);
      const schoolName = schools.get(r.vestigingscode);
      if (!offering || schoolName === undefined) return [];
      return [
        {
          ...r,
          schoolName,
          offeringTitle: offering.title,
          offeringInterventionCodes: offering.interventionCodes,
          organisationId: offering.organisationId,
          organisationName: offering.organisationName,
        },
      ];
    });
  }
}

/** One school's requests, with one of `statuses` when any are given. */
function schoolFilter(
  vestigingscode: string,
  statuses: readonly ContactRequestStatus[] | undefined,
): ContactRequestFilter {
  const filter: ContactRequestFilter = { vestigingscodes: [vestigingscode] };
  if (statuses && statuses.length > 0) filter.statuses = [...new Set(statuses)];
  return filter;
}

/** A partner's answer: the new status, the reason (declining), and the status the page saw. */
interface Answer {
  status: ContactRequestStatus;
  reason: string | undefined;
  /** Absent from older clients: then the answer is written whatever the status is now. */
  expectedStatus: ContactRequestStatus | undefined;
}

/**
 * The refusal of an answer given to a status that is no longer current; names the current one.
 * `OTHER_REASON`: the request was declined meanwhile, with another reason than this decline's.
 */
function staleAnswer(current: ContactRequestStatus, why: 'OTHER_REASON' | null): UserInputError {
  const words = STATUS_WORDS[current];
  const nl = why === 'OTHER_REASON' ? ' met een andere reden' : '';
  const en = why === 'OTHER_REASON' ? ' with another reason' : '';
  return UserInputError.field(
    'expectedStatus',
    `het verzoek is intussen ${words.nl} (${current})${nl}; uw antwoord is niet opgeslagen, bekijk het verzoek opnieuw (the request has meanwhile been ${words.en} (${current})${en}; your answer was not saved, look at the request again)`,
    { code: 'STATUS_CHANGED', params: { current } },
    'CONFLICT',
  );
}

/** The request's status and decline reason, its row locked until the transaction ends. */
async function lockedStatus(
  tx: Queryable,
  id: string,
): Promise<{ status: ContactRequestStatus; reason: string | null }> {
  const rows = (await tx.query(
    `SELECT status, status_reason AS reason FROM contact_request WHERE id = $1 FOR UPDATE`,
    [id],
  )) as { status: ContactRequestStatus; reason: string | null }[];
  return rows[0]!;
}

function toDetail(r: Row): ContactRequestDetailModel {
  return {
    id: r.id,
    reference: r.reference,
    status: r.status,
    statusReason: r.statusReason,
    vestigingscode: r.vestigingscode,
    schoolName: r.schoolName,
    offeringId: r.offeringId,
    offeringTitle: r.offeringTitle,
    offeringInterventionCodes: r.offeringInterventionCodes,
    organisationId: r.organisationId,
    organisationName: r.organisationName,
    senderName: r.senderName,
    senderEmail: r.senderEmail,
    message: r.message,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    readAt: r.readAt,
    alreadyAnswered: false,
  };
}
