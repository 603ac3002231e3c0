import { Injectable } from '@nestjs/common';
import { normaliseCode } from '@partnerwijzer/domain';
import { DataSource } from 'typeorm';
import {
  type Actor,
  canSeeMunicipality,
  forbidden,
  requireSignedIn,
} from '../../common/auth/roles.js';
import { collaborationsOfRequests } from '../collaborations/repository.js';
import type { ContactRequestStatus } from '../contact-requests/index.js';
import { findContactRequests } from '../contact-requests/repository.js';
import { offeringSummaries } from '../organisations/repository.js';
import { schoolsIn } from '../schools/repository.js';
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
 * Who already works with whom in a municipality, from contact requests. A request that became a
 * collaboration record is left out here (and so from the counts per school and partner and the
 * coalition downloads): the record stands for it once, in `records`, naming the request it came
 * from (collaborations/coalition-records.resolver.ts). Only school, offering,
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
    const collaborations = await this.collaborationsIn(code);

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

  /**
   * The municipality's collaborations, by school (name, code), then partner and offering
   * (name, title), then date: each table read through its owner.
   */
  private async collaborationsIn(municipalityCode: string): Promise<CollaborationModel[]> {
    const schools = await schoolsIn(this.db, municipalityCode);
    if (schools.length === 0) return [];
    const candidates = await findContactRequests(
      this.db,
      { vestigingscodes: schools.map((s) => s.vestigingscode), statuses: COALITION_STATUSES },
      null,
    );
    const recorded = await collaborationsOfRequests(
      this.db,
      candidates.map((r) => r.id),
    );
    const requests = candidates.filter((r) => !recorded.has(r.id));
    const offerings = await offeringSummaries(
      this.db,
      requests.map((r) => r.offeringId),
    );
    // Ranks in the owners' SQL order; offerings with the same partner name and title tie.
    const schoolRank = new Map(
      schools.map((s, i) => [s.vestigingscode, { rank: i, name: s.name }]),
    );
    const offeringRank = new Map<string, number>();
    offerings.forEach((o, i) => {
      const previous = offerings[i - 1];
      const tied = previous?.organisationName === o.organisationName && previous.title === o.title;
      offeringRank.set(o.id, tied ? offeringRank.get(previous.id)! : i);
    });
    const offeringById = new Map(offerings.map((o) => [o.id, o]));
    const found = requests.flatMap((r) => {
      const school = schoolRank.get(r.vestigingscode);
      const offering = offeringById.get(r.offeringId);
      if (!school || !offering) return [];
      return [{ r, school, offering }];
    });
    found.sort(
      (a, b) =>
        a.school.rank - b.school.rank ||
        offeringRank.get(a.offering.id)! - offeringRank.get(b.offering.id)! ||
        a.r.createdAt.getTime() - b.r.createdAt.getTime() ||
        (a.r.id < b.r.id ? -1 : a.r.id > b.r.id ? 1 : 0),
    );
    return found.map(({ r, school, offering }) => ({
      id: r.id,
      vestigingscode: r.vestigingscode,
      schoolName: school.name,
      offeringId: r.offeringId,
      offeringTitle: offering.title,
      organisationId: offering.organisationId,
      organisationName: offering.organisationName,
      status: r.status,
      since: r.createdAt,
      updatedAt: r.updatedAt,
    }));
  }
}
