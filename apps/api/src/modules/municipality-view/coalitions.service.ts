import { Injectable } from '@nestjs/common';
import { normaliseCode } from '@partnerwijzer/domain';
import { DataSource } from 'typeorm';
import {
  type Actor,
  canSeeMunicipality,
  forbidden,
  requireSignedIn,
} from '../../common/auth/roles.js';
import type { ContactRequestStatus } from '../contact-requests/index.js';
import { CoverageService } from './coverage.service.js';
import type {
  CollaborationModel,
  MunicipalityCoalitionsModel,
  PartnerCoalitionsModel,
  SchoolCoalitionsModel,
} from './models/coalition.model.js';

/** Contact requests in these states count as a (starting) collaboration. */
export const COALITION_STATUSES: readonly ContactRequestStatus[] = [
  'ACCEPTED',
  'IN_CONVERSATION',
  'STARTED',
];

/**
 * Who already works with whom in a municipality, from contact requests. Only school, offering,
 * partner, status and dates: never the sender's name, e-mail or message.
 */
@Injectable()
export class CoalitionsService {
  constructor(
    private readonly db: DataSource,
    private readonly coverage: CoverageService,
  ) {}

  /**
   * Only a MUNICIPALITY_OFFICER of this municipality or an ADMIN: anonymous callers get
   * UNAUTHENTICATED, everyone else FORBIDDEN (before the code is even looked up, so the answer
   * does not tell which codes exist).
   */
  async municipalityCoalitions(
    actor: Actor | null,
    rawCode: string,
  ): Promise<MunicipalityCoalitionsModel> {
    const signedIn = requireSignedIn(actor);
    if (!canSeeMunicipality(signedIn, normaliseCode(rawCode))) throw forbidden();
    const { code } = await this.coverage.municipality(rawCode);
    const collaborations = (await this.db.query(
      `SELECT cr.id, cr.vestigingscode, s.name AS "schoolName",
              cr.offering_id AS "offeringId", o.title AS "offeringTitle",
              org.id AS "organisationId", org.name AS "organisationName",
              cr.status, cr.created_at AS since, cr.updated_at AS "updatedAt"
         FROM contact_request cr
         JOIN school s ON s.vestigingscode = cr.vestigingscode
         JOIN offering o ON o.id = cr.offering_id
         JOIN organisation org ON org.id = o.organisation_id
        WHERE s.municipality_code = $1 AND cr.status = ANY($2::text[])
        ORDER BY s.name, s.vestigingscode, org.name, o.title, cr.created_at, cr.id`,
      [code, COALITION_STATUSES],
    )) as CollaborationModel[];
    for (const c of collaborations) {
      c.since = new Date(c.since);
      c.updatedAt = new Date(c.updatedAt);
    }

    const bySchool = new Map<string, SchoolCoalitionsModel & { partnerIds: Set<string> }>();
    const byPartner = new Map<string, PartnerCoalitionsModel & { schoolIds: Set<string> }>();
    for (const c of collaborations) {
      let s = bySchool.get(c.vestigingscode);
      if (!s) {
        s = {
          vestigingscode: c.vestigingscode,
          schoolName: c.schoolName,
          partners: 0,
          collaborations: [],
          partnerIds: new Set(),
        };
        bySchool.set(c.vestigingscode, s);
      }
      s.collaborations.push(c);
      s.partnerIds.add(c.organisationId);
      let p = byPartner.get(c.organisationId);
      if (!p) {
        p = {
          organisationId: c.organisationId,
          organisationName: c.organisationName,
          schools: 0,
          collaborations: [],
          schoolIds: new Set(),
        };
        byPartner.set(c.organisationId, p);
      }
      p.collaborations.push(c);
      p.schoolIds.add(c.vestigingscode);
    }
    return {
      municipalityCode: code,
      collaborations,
      bySchool: [...bySchool.values()].map(({ partnerIds, ...s }) => ({
        ...s,
        partners: partnerIds.size,
      })),
      byPartner: [...byPartner.values()]
        .map(({ schoolIds, ...p }) => ({ ...p, schools: schoolIds.size }))
        .sort(
          (a, b) =>
            a.organisationName.localeCompare(b.organisationName, 'nl') ||
            a.organisationId.localeCompare(b.organisationId),
        ),
    };
  }
}
