import { Injectable } from '@nestjs/common';
import { normaliseCode } from '@partnerwijzer/domain';
import { DataSource } from 'typeorm';
import {
  type Actor,
  canSeeMunicipality,
  forbidden,
  requireSignedIn,
} from '../../common/auth/roles.js';
import { collaborationsOfRequests, findCollaborations } from '../collaborations/repository.js';
import type { ContactRequestStatus } from '../contact-requests/index.js';
import { findContactRequests } from '../contact-requests/repository.js';
import { offeringSummaries, organisationNames } from '../organisations/repository.js';
import { schoolPlaces, schoolsIn } from '../schools/repository.js';
import { CoverageService } from './coverage.service.js';
import type {
  CoalitionRecordLine,
  CollaborationModel,
  MunicipalityCoalitionsModel,
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

    const bySchool = groupCollaborations(
      collaborations,
      (c) => c.vestigingscode,
      (c) => c.organisationId,
    ).map((g) => ({
      vestigingscode: g.first.vestigingscode,
      schoolName: g.first.schoolName,
      partners: g.others,
      collaborations: g.collaborations,
    }));
    const byPartner = groupCollaborations(
      collaborations,
      (c) => c.organisationId,
      (c) => c.vestigingscode,
    ).map((g) => ({
      organisationId: g.first.organisationId,
      organisationName: g.first.organisationName,
      schools: g.others,
      collaborations: g.collaborations,
    }));
    return {
      municipalityCode: code,
      collaborations,
      bySchool,
      byPartner: byPartner.sort(
        (a, b) =>
          a.organisationName.localeCompare(b.organisationName, 'nl') ||
          a.organisationId.localeCompare(b.organisationId),
      ),
    };
  }

  /**
   * The municipality's collaboration records for the coalition downloads, newest first (as the
   * page's `records` list): only parties, title, status and dates. The caller has passed
   * `municipalityCoalitions` for this (normalised) code first.
   */
  async recordLines(municipalityCode: string): Promise<CoalitionRecordLine[]> {
    // The same selection as the page's `records` (CollaborationsService.rowsInMunicipality):
    // a school of the municipality or the municipality itself is a party.
    const schools = await schoolsIn(this.db, municipalityCode);
    const rows = await findCollaborations(
      this.db,
      {
        municipalityCodes: [municipalityCode],
        vestigingscodes: schools.map((s) => s.vestigingscode),
      },
      5000,
    );
    const schoolNames = new Map(
      (
        await schoolPlaces(
          this.db,
          rows.flatMap((r) => r.vestigingscodes),
        )
      ).map((s) => [s.vestigingscode, s.name]),
    );
    const partnerNames = await organisationNames(
      this.db,
      rows.flatMap((r) => r.organisationIds),
    );
    const here = new Set(schools.map((s) => s.vestigingscode));
    return rows.map((r) => ({
      vestigingscodes: r.vestigingscodes,
      schoolNames: r.vestigingscodes.map((v) => schoolNames.get(v) ?? v),
      schoolsHere: r.vestigingscodes.filter((v) => here.has(v)),
      organisationIds: r.organisationIds,
      partnerNames: r.organisationIds.map((id) => partnerNames.get(id) ?? id),
      title: r.title,
      status: r.status,
      startsOn: r.startsOn,
      updatedAt: r.updatedAt,
    }));
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

/**
 * Collaborations grouped by one side (a school or a partner), in order of first appearance,
 * with how many different parties of the other side each group has.
 */
function groupCollaborations(
  collaborations: readonly CollaborationModel[],
  keyOf: (c: CollaborationModel) => string,
  otherOf: (c: CollaborationModel) => string,
): { first: CollaborationModel; collaborations: CollaborationModel[]; others: number }[] {
  const groups = new Map<
    string,
    { first: CollaborationModel; collaborations: CollaborationModel[]; otherIds: Set<string> }
  >();
  for (const c of collaborations) {
    let g = groups.get(keyOf(c));
    if (!g) {
      g = { first: c, collaborations: [], otherIds: new Set() };
      groups.set(keyOf(c), g);
    }
    g.collaborations.push(c);
    g.otherIds.add(otherOf(c));
  }
  return [...groups.values()].map(({ otherIds, ...g }) => ({ ...g, others: otherIds.size }));
}
