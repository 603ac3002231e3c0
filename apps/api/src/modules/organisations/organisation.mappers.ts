import type {
  FundingRouteCode,
  CostType,
  CoverageKind,
  DeliveryMode,
  EvidenceLevel,
  EvidenceRegister,
  InterventionCode,
  OfferingStatus,
  OrganisationStatus,
  OrganisationType,
  Sector,
  TargetGroup,
} from '@partnerwijzer/domain';
import type { CoverageAreaEntity } from './entities/coverage-area.entity.js';
import type { OfferingEntity } from './entities/offering.entity.js';
import type { OrganisationEntity } from './entities/organisation.entity.js';
import type { CoverageAreaModel } from './models/coverage-area.model.js';
import type { OfferingModel } from './models/offering.model.js';
import type { OrganisationModel } from './models/organisation.model.js';
import { storedPoint } from './stored-point.js';

// Entities hold what the database checks; the casts below trust those CHECK constraints.
export function toOrganisationModel(e: OrganisationEntity): OrganisationModel {
  return {
    id: e.id,
    name: e.name,
    type: e.type as OrganisationType,
    kvkNumber: e.kvkNumber,
    description: e.description,
    website: e.website,
    email: e.email,
    phone: e.phone,
    address: e.address,
    city: e.city,
    location: storedPoint(e.lat, e.lng),
    status: e.status as OrganisationStatus,
    verifiedAt: e.verifiedAt,
    lastConfirmedAt: e.lastConfirmedAt,
    isDemo: e.isDemo,
    updatedAt: e.updatedAt,
  };
}

export function toOfferingModel(e: OfferingEntity): OfferingModel {
  return {
    id: e.id,
    organisationId: e.organisationId,
    title: e.title,
    description: e.description,
    interventionCodes: e.interventionTypes as InterventionCode[],
    sectors: e.sectors as Sector[],
    targetGroups: e.targetGroups as TargetGroup[],
    groep: { min: e.groepMin, max: e.groepMax },
    age: { min: e.ageMin, max: e.ageMax },
    deliveryModes: e.deliveryModes as DeliveryMode[],
    cost: {
      type: e.costType as CostType,
      amountEur: e.costAmountEur === null ? null : Number(e.costAmountEur),
      note: e.costNote,
    },
    fundingRoutes: e.fundingRoutes,
    fundingRouteCodes: e.fundingRouteCodes as FundingRouteCode[],
    evidence: {
      register: e.evidenceRegister as EvidenceRegister,
      level: e.evidenceLevel as EvidenceLevel,
      source: e.evidenceSource,
    },
    capacityPerYear: e.capacityPerYear,
    languages: e.languages,
    status: e.status as OfferingStatus,
    lastConfirmedAt: e.lastConfirmedAt,
    isDemo: e.isDemo,
    updatedAt: e.updatedAt,
  };
}

export function toCoverageAreaModel(e: CoverageAreaEntity): CoverageAreaModel {
  return {
    id: e.id,
    offeringId: e.offeringId,
    kind: e.kind as CoverageKind,
    provinceCode: e.provinceCode,
    municipalityCode: e.municipalityCode,
    center: storedPoint(e.centerLat, e.centerLng),
    radiusKm: e.radiusKm,
    centerLabel: e.centerLabel,
    geometry: e.geometry,
    areaLabel: e.areaLabel,
    note: e.note,
  };
}
