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

/** Where a partner can move a request; REQUESTED is only ever set by the school's request. */
export const PARTNER_STATUSES: readonly ContactRequestStatus[] = [
  'ACCEPTED',
  'DECLINED',
  'IN_CONVERSATION',
  'STARTED',
];

const SELECT = `
  SELECT c.id, c.status, c.status_reason, c.vestigingscode, s.name AS school_name,
         c.offering_id, f.title AS offering_title, f.organisation_id, o.name AS organisation_name,
         c.sender_name, c.sender_email, c.message, c.created_at, c.updated_at
    FROM contact_request c
    JOIN offering f ON f.id = c.offering_id
    JOIN organisation o ON o.id = f.organisation_id
    JOIN school s ON s.vestigingscode = c.vestigingscode`;

interface Row {
  id: string;
  status: ContactRequestStatus;
  status_reason: string | null;
  vestigingscode: string;
  school_name: string;
  offering_id: string;
  offering_title: string;
  organisation_id: string;
  organisation_name: string;
  sender_name: string;
  sender_email: string;
  message: string;
  created_at: Date;
  updated_at: Date;
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
    const rows = (await this.db.query(
      `${SELECT} WHERE f.organisation_id = $1 ORDER BY c.created_at DESC LIMIT 500`,
      [orgId],
    )) as Row[];
    return rows.map(toDetail);
  }

  async forSchool(
    actor: Actor | null,
    vestigingscode: string,
  ): Promise<ContactRequestDetailModel[]> {
    const a = requireRole(actor, 'SCHOOL_STAFF', 'ADMIN');
    if (!canSeeSchool(a, vestigingscode)) throw forbidden();
    const rows = (await this.db.query(
      `${SELECT} WHERE c.vestigingscode = $1 ORDER BY c.created_at DESC LIMIT 500`,
      [vestigingscode],
    )) as Row[];
    return rows.map(toDetail);
  }

  async setStatus(
    actor: Actor | null,
    id: string,
    status: ContactRequestStatus,
    reason: string | undefined,
  ): Promise<ContactRequestDetailModel> {
    const a = requireSignedIn(actor);
    assertUuid('contactRequestId', id);
    const before = await this.find(id);
    if (!before) throw UserInputError.notFound('contactRequestId', id);
    if (!canEditOrganisation(a, before.organisation_id)) throw forbidden();
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
    return toDetail((await this.find(id))!);
  }

  private async find(id: string): Promise<Row | undefined> {
    return ((await this.db.query(`${SELECT} WHERE c.id = $1`, [id])) as Row[])[0];
  }
}

function toDetail(r: Row): ContactRequestDetailModel {
  return {
    id: r.id,
    status: r.status,
    statusReason: r.status_reason,
    vestigingscode: r.vestigingscode,
    schoolName: r.school_name,
    offeringId: r.offering_id,
    offeringTitle: r.offering_title,
    organisationId: r.organisation_id,
    organisationName: r.organisation_name,
    senderName: r.sender_name,
    senderEmail: r.sender_email,
    message: r.message,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}
