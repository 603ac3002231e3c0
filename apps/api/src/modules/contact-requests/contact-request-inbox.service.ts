import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { UserInputError } from '../../common/errors/user-input.error.js';
import { recordAudit } from '../../common/audit/audit-log.js';
import {
  type Actor,
  canEditOrganisation,
  canSeeSchool,
  forbidden,
  requireRole,
  requireSignedIn,
} from '../../common/auth/roles.js';
import { assertUuid } from '../../common/validation/uuid.js';
import type { ContactRequestStatus } from './contact-request-status.js';
import type { ContactRequestDetailModel } from './models/contact-request-detail.model.js';
import { offeringIdsOfOrganisations, offeringSummaries } from '../organisations/repository.js';
import { schoolNames } from '../schools/repository.js';
import {
  findContactRequests,
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
  organisationId: string;
  organisationName: string;
}

// The partner's inbox and the school's view of its own requests. Every read and write is
// scoped here: a partner editor sees only requests for their organisation's offerings, school
// staff only their schools' requests.
@Injectable()
export class ContactRequestInboxService {
  constructor(private readonly db: DataSource) {}

  async inbox(actor: Actor | null, organisationId?: string): Promise<ContactRequestDetailModel[]> {
    const a = requireRole(actor, 'PARTNER_EDITOR', 'ADMIN');
    const orgId = organisationId ?? a.organisationId;
    if (!orgId) throw UserInputError.field('organisationId', 'verplicht voor een beheerder');
    assertUuid('organisationId', orgId);
    if (!canEditOrganisation(a, orgId)) throw forbidden();
    const offeringIds = await offeringIdsOfOrganisations(this.db, [orgId]);
    return (await this.find({ offeringIds })).map(toDetail);
  }

  async forSchool(
    actor: Actor | null,
    vestigingscode: string,
  ): Promise<ContactRequestDetailModel[]> {
    const a = requireRole(actor, 'SCHOOL_STAFF', 'ADMIN');
    if (!canSeeSchool(a, vestigingscode)) throw forbidden();
    return (await this.find({ vestigingscodes: [vestigingscode] })).map(toDetail);
  }

  async setStatus(
    actor: Actor | null,
    id: string,
    status: ContactRequestStatus,
    reason: string | undefined,
  ): Promise<ContactRequestDetailModel> {
    const a = requireSignedIn(actor);
    assertUuid('contactRequestId', id);
    const [before] = await this.find({ ids: [id] });
    if (!before) throw UserInputError.notFound('contactRequestId', id);
    if (!canEditOrganisation(a, before.organisationId)) throw forbidden();
    if (!PARTNER_STATUSES.includes(status)) {
      throw UserInputError.field('status', 'kies ACCEPTED, DECLINED, IN_CONVERSATION of STARTED');
    }
    const why = reason?.trim() || null;
    if (status === 'DECLINED' && (!why || why.length < 3)) {
      throw UserInputError.field('reason', 'geef een reden bij afwijzen (a reason is required)');
    }
    await this.db.transaction(async (tx) => {
      await tx.query(
        `UPDATE contact_request SET status = $2, status_reason = $3, updated_at = now() WHERE id = $1`,
        [id, status, status === 'DECLINED' ? why : null],
      );
      await recordAudit(tx, a, 'CONTACT_REQUEST', id, 'SET_STATUS', {
        status: { from: before.status, to: status },
        ...(why && status === 'DECLINED' ? { reason: why } : {}),
      });
    });
    const [after] = await this.find({ ids: [id] });
    return toDetail(after!);
  }

  /** Newest first, at most 500, each with its school, offering and organisation names. */
  private async find(filter: ContactRequestFilter): Promise<Row[]> {
    const requests = await findContactRequests(this.db, filter, 500);
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
          organisationId: offering.organisationId,
          organisationName: offering.organisationName,
        },
      ];
    });
  }
}

function toDetail(r: Row): ContactRequestDetailModel {
  return {
    id: r.id,
    status: r.status,
    statusReason: r.statusReason,
    vestigingscode: r.vestigingscode,
    schoolName: r.schoolName,
    offeringId: r.offeringId,
    offeringTitle: r.offeringTitle,
    organisationId: r.organisationId,
    organisationName: r.organisationName,
    senderName: r.senderName,
    senderEmail: r.senderEmail,
    message: r.message,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}
