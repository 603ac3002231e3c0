import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  INTERVENTION_CODES,
  isSchoolType,
  MatchEngine,
  schoolYearOf,
  type InterventionCode,
  type MatchableOffering,
  type MatchQuery,
  type SchoolType,
} from '@partnerwijzer/domain';
import {
  canEditOrganisation,
  forbidden,
  requireRole,
  type Actor,
} from '../../../common/auth/roles.js';
import { UserInputError } from '../../../common/errors/user-input.error.js';
import { assertUuid } from '../../../common/validation/uuid.js';
import { IndicatorsService, needIndicatorInputs } from '../../indicators/index.js';
import { MatchingIndexService } from '../../matching/index.js';
import { loadMatchableOfferings } from '../../organisations/index.js';
import type { SchoolModel } from '../../schools/index.js';
import { toProfileNeeds } from '../needs-profile.rules.js';
import { needsProfilesFor } from '../repository.js';
import {
  NEAR_KM,
  nearestInside,
  rankDemand,
  type DemandCandidate,
  type DemandSchool,
} from './demand-ranking.js';

export interface OfferingDemand {
  offeringId: string;
  schoolYear: string;
  nearKm: number;
  /** Schools in the area with an unmet need the offering could serve. */
  schoolsInArea: number;
  /** The same just outside the area (within nearKm of a school in it). */
  schoolsNearby: number;
  /** Most unmet weighted need first, at most `first`. */
  schools: DemandSchool[];
}

export const DEMAND_FIRST_MAX = 200;

function placeOf(s: SchoolModel): Omit<MatchQuery, 'needs'> {
  return {
    point: s.location,
    municipalityCode: s.municipalityCode,
    provinceCode: s.provinceCode,
    schoolType: isSchoolType(s.schoolType) ? s.schoolType : undefined,
  };
}

/**
 * "Waar is uw aanbod het meest nodig" (issue 14, part 6): per offering, the schools in its area
 * and just outside it with an unmet need the offering could serve, ranked by unmet weighted need.
 * Partners see opted-in profiles only as demand (type, need, priority; never notes or groups);
 * other schools count by the indicator estimate of the need formula.
 */
@Injectable()
export class OfferingDemandService {
  constructor(
    private readonly db: DataSource,
    private readonly index: MatchingIndexService,
    private readonly indicators: IndicatorsService,
  ) {}

  async demand(actor: Actor | null, offeringId: string, first = 25): Promise<OfferingDemand> {
    const a = requireRole(actor, 'PARTNER_EDITOR', 'ADMIN');
    assertUuid('offeringId', offeringId);
    if (!Number.isInteger(first) || first < 1 || first > DEMAND_FIRST_MAX) {
      throw UserInputError.field(
        'first',
        `moet tussen 1 en ${DEMAND_FIRST_MAX} liggen (must be between 1 and ${DEMAND_FIRST_MAX})`,
        { code: 'OUT_OF_RANGE', params: { min: 1, max: DEMAND_FIRST_MAX } },
      );
    }
    const [offering] = await loadMatchableOfferings(this.db, { offeringIds: [offeringId] });
    // Another organisation's offering is refused like one that does not exist.
    if (!offering || !canEditOrganisation(a, offering.organisationId)) {
      if (a.role === 'ADMIN') throw UserInputError.notFound('offeringId', offeringId);
      throw forbidden();
    }
    const schoolYear = schoolYearOf(new Date());
    const codes = INTERVENTION_CODES.filter((c) => offering.interventionCodes.includes(c));

    // Where the offering would go and whom it fits, whatever its status now (a paused or new
    // offering may well ask where it is needed): the same rules as matching.
    const asActive: MatchableOffering = {
      ...offering,
      status: 'ACTIVE',
      organisationStatus: 'VERIFIED',
      remainingCapacity: null,
    };
    const inAreaEngine = new MatchEngine([asActive]);
    const anywhereEngine = new MatchEngine([
      { ...asActive, coverage: [{ areaId: 'overal', area: { kind: 'NATIONAL' } }] },
    ]);
    const inside: SchoolModel[] = [];
    const outside: SchoolModel[] = [];
    for (const s of this.index.activeSchools()) {
      if (inAreaEngine.explain(offering.id, { ...placeOf(s), needs: [] }) === 'MATCH')
        inside.push(s);
      else outside.push(s);
    }
    // Near first (a grid, cheap), then whether the offering fits those few.
    const near = nearestInside(
      inside.map((s) => s.location),
      outside.map((s) => ({ key: s.vestigingscode, point: s.location })),
    );
    const nearby = outside.filter(
      (s) =>
        near.has(s.vestigingscode) &&
        anywhereEngine.explain(offering.id, { ...placeOf(s), needs: [] }) === 'MATCH',
    );
    const candidates = [...inside, ...nearby];
    const schoolCodes = candidates.map((s) => s.vestigingscode);

    // Only opted-in profiles count as the school's own statement of need here.
    const [profiles, indicators] = await Promise.all([
      needsProfilesFor(this.db, schoolCodes, schoolYear, { visibleOnly: true }),
      this.indicators.forSchools(schoolCodes),
    ]);
    // Other offerings reaching each school: the live engine's counts, minus this offering's
    // own part where it is matchable now and reaches the school.
    const counts = this.index.engine.coverageCounts(candidates.map(placeOf));
    const n = counts.needs;
    const selfMatchable =
      offering.status === 'ACTIVE' &&
      (offering.organisationStatus === 'PENDING' || offering.organisationStatus === 'VERIFIED');
    const list: DemandCandidate[] = candidates.map((s, i) => {
      const inArea = i < inside.length;
      // The live engine counts this offering where it is matchable now (as in fit.ts: active,
      // organisation pending or verified) and reaches the school; local unless only nationally.
      const selfCounts = inArea && selfMatchable;
      const selfLocal =
        selfCounts &&
        inAreaEngine
          .coveringAreas({
            point: s.location,
            municipalityCode: s.municipalityCode,
            provinceCode: s.provinceCode,
          })
          .has(offering.id);
      const coverage = new Map<InterventionCode, { offerings: number; local: number }>();
      for (const code of codes) {
        const j = INTERVENTION_CODES.indexOf(code);
        coverage.set(code, {
          offerings: Math.max(0, counts.offerings[i * n + j]! - (selfCounts ? 1 : 0)),
          local: Math.max(0, counts.local[i * n + j]! - (selfLocal ? 1 : 0)),
        });
      }
      const ind = indicators.get(s.vestigingscode);
      const profile = profiles.get(s.vestigingscode);
      const schoolType = s.schoolType as SchoolType;
      return {
        vestigingscode: s.vestigingscode,
        name: s.name,
        city: s.city,
        municipalityCode: s.municipalityCode,
        schoolType,
        pupils: s.pupils,
        location: s.location,
        inArea,
        distanceKm: inArea ? null : (near.get(s.vestigingscode) ?? null),
        ...needIndicatorInputs(ind),
        profile: profile ? toProfileNeeds(profile.items, schoolType) : null,
        coverage,
      };
    });
    const ranked = rankDemand(list, codes);
    return {
      offeringId: offering.id,
      schoolYear,
      nearKm: NEAR_KM,
      schoolsInArea: ranked.filter((r) => r.inArea).length,
      schoolsNearby: ranked.filter((r) => !r.inArea).length,
      schools: ranked.slice(0, first),
    };
  }
}
