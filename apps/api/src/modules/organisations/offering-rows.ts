import {
  circleBBox,
  geometryBBox,
  type AreaGeometry,
  type CostType,
  type CoverageAreaSpec,
  type DeliveryMode,
  type EvidenceLevel,
  type EvidenceRegister,
  type FundingRouteCode,
  type InterventionCode,
  type MatchableOffering,
  type OfferingStatus,
  type OrganisationStatus,
  type Sector,
  type TargetGroup,
} from '@partnerwijzer/domain';
import { storedPoint } from './stored-point.js';

// The one mapping between offering and coverage_area rows (snake_case, as SQL reads and
// writes them) and the domain's MatchableOffering / CoverageAreaSpec. The matching read side
// reads with it; the benchmarks write their generated data with it.

/** The offering columns matching needs. */
export interface OfferingRow {
  id: string;
  organisation_id: string;
  title: string;
  status: string;
  intervention_types: string[];
  sectors: string[];
  target_groups: string[];
  groep_min: number | null;
  groep_max: number | null;
  age_min: number | null;
  age_max: number | null;
  delivery_modes: string[];
  /** Absent in rows written before issue 15 (benchmarks); the column defaults to none. */
  funding_route_codes?: string[];
  /** ISO language codes; the column defaults to {nl}. */
  languages?: string[];
  cost_type: string;
  /** numeric: PostgreSQL returns it as text. */
  cost_amount_eur: string | number | null;
  evidence_register: string;
  evidence_level: string;
  capacity_per_year: number | null;
  last_confirmed_at: Date | null;
}

/** An offering row joined with the organisation columns matching shows. */
export interface OfferingWithOrganisationRow extends OfferingRow {
  organisation_name: string;
  organisation_status: string;
  lat: number | null;
  lng: number | null;
}

export interface CoverageAreaRow {
  id: string;
  offering_id: string;
  kind: string;
  province_code: string | null;
  municipality_code: string | null;
  center_lat: number | null;
  center_lng: number | null;
  radius_km: number | null;
  /** RADIUS: the centre's name (e.g. a neighbourhood); null when not given. */
  center_label?: string | null;
  geometry: AreaGeometry | null;
  /** Written for the spatial index; not read back. */
  bbox?: number[] | null;
}

/** Column list and jsonb record type of OfferingRow, for bulk writes. */
export const OFFERING_ROW_COLUMNS = {
  id: 'uuid',
  organisation_id: 'uuid',
  title: 'text',
  intervention_types: 'text[]',
  sectors: 'text[]',
  target_groups: 'text[]',
  groep_min: 'smallint',
  groep_max: 'smallint',
  age_min: 'smallint',
  age_max: 'smallint',
  delivery_modes: 'text[]',
  funding_route_codes: 'text[]',
  languages: 'text[]',
  cost_type: 'text',
  cost_amount_eur: 'numeric',
  evidence_register: 'text',
  evidence_level: 'text',
  capacity_per_year: 'int',
  status: 'text',
  last_confirmed_at: 'timestamptz',
} as const satisfies Record<keyof OfferingRow, string>;

/** Column list and jsonb record type of CoverageAreaRow, for bulk writes. */
export const COVERAGE_AREA_ROW_COLUMNS = {
  id: 'uuid',
  offering_id: 'uuid',
  kind: 'text',
  province_code: 'text',
  municipality_code: 'text',
  center_lat: 'float8',
  center_lng: 'float8',
  radius_km: 'float8',
  center_label: 'text',
  geometry: 'jsonb',
  bbox: 'float8[]',
} as const satisfies Record<keyof CoverageAreaRow, string>;

export function toMatchableOffering(
  r: OfferingWithOrganisationRow,
  coverage: readonly CoverageAreaRow[],
): MatchableOffering {
  return {
    id: r.id,
    organisationId: r.organisation_id,
    organisationName: r.organisation_name,
    organisationStatus: r.organisation_status as OrganisationStatus,
    partnerLocation: storedPoint(r.lat, r.lng),
    title: r.title,
    status: r.status as OfferingStatus,
    interventionCodes: r.intervention_types as InterventionCode[],
    sectors: r.sectors as Sector[],
    targetGroups: r.target_groups as TargetGroup[],
    groepMin: r.groep_min,
    groepMax: r.groep_max,
    ageMin: r.age_min,
    ageMax: r.age_max,
    deliveryModes: r.delivery_modes as DeliveryMode[],
    costType: r.cost_type as CostType,
    costAmountEur: r.cost_amount_eur === null ? null : Number(r.cost_amount_eur),
    fundingRouteCodes: (r.funding_route_codes ?? []) as FundingRouteCode[],
    languages: r.languages ?? ['nl'],
    evidenceRegister: r.evidence_register as EvidenceRegister,
    evidenceLevel: r.evidence_level as EvidenceLevel,
    // Contact requests (issue #6/#7) will subtract accepted collaborations here.
    remainingCapacity: r.capacity_per_year,
    lastConfirmedAt: r.last_confirmed_at,
    coverage: coverage.flatMap((c) => {
      const area = toCoverageAreaSpec(c);
      return area ? [{ areaId: c.id, area }] : [];
    }),
  };
}

/** The inverse of toMatchableOffering for the offering's own columns. */
export function toOfferingRow(o: MatchableOffering): OfferingRow {
  return {
    id: o.id,
    organisation_id: o.organisationId,
    title: o.title,
    intervention_types: o.interventionCodes,
    sectors: o.sectors,
    target_groups: o.targetGroups,
    groep_min: o.groepMin,
    groep_max: o.groepMax,
    age_min: o.ageMin,
    age_max: o.ageMax,
    delivery_modes: o.deliveryModes,
    cost_type: o.costType,
    cost_amount_eur: o.costAmountEur,
    funding_route_codes: [...(o.fundingRouteCodes ?? [])],
    // Unnamed languages get the column's default, as a row written without them would.
    languages: [...(o.languages ?? ['nl'])],
    evidence_register: o.evidenceRegister,
    evidence_level: o.evidenceLevel,
    capacity_per_year: o.remainingCapacity,
    status: o.status,
    last_confirmed_at: o.lastConfirmedAt,
  };
}

/** A stored area as a spec, or null when its columns do not make one. */
export function toCoverageAreaSpec(c: CoverageAreaRow): CoverageAreaSpec | null {
  switch (c.kind) {
    case 'NATIONAL':
      return { kind: 'NATIONAL' };
    case 'PROVINCE':
      return c.province_code ? { kind: 'PROVINCE', provinceCode: c.province_code } : null;
    case 'MUNICIPALITY':
      return c.municipality_code
        ? { kind: 'MUNICIPALITY', municipalityCode: c.municipality_code }
        : null;
    case 'RADIUS':
      return c.center_lat !== null && c.center_lng !== null && c.radius_km !== null
        ? {
            kind: 'RADIUS',
            center: { lat: c.center_lat, lng: c.center_lng },
            radiusKm: c.radius_km,
            ...(c.center_label ? { centerLabel: c.center_label } : {}),
          }
        : null;
    case 'POLYGON':
      return c.geometry ? { kind: 'POLYGON', geometry: c.geometry } : null;
    default:
      return null;
  }
}

/** A spec as a row, with the bounding box the spatial index needs. */
export function toCoverageAreaRow(
  offeringId: string,
  areaId: string,
  area: CoverageAreaSpec,
): CoverageAreaRow {
  return {
    id: areaId,
    offering_id: offeringId,
    kind: area.kind,
    province_code: area.kind === 'PROVINCE' ? area.provinceCode : null,
    municipality_code: area.kind === 'MUNICIPALITY' ? area.municipalityCode : null,
    center_lat: area.kind === 'RADIUS' ? area.center.lat : null,
    center_lng: area.kind === 'RADIUS' ? area.center.lng : null,
    radius_km: area.kind === 'RADIUS' ? area.radiusKm : null,
    center_label: area.kind === 'RADIUS' ? (area.centerLabel ?? null) : null,
    geometry: area.kind === 'POLYGON' ? area.geometry : null,
    bbox:
      area.kind === 'RADIUS'
        ? circleBBox(area.center, area.radiusKm)
        : area.kind === 'POLYGON'
          ? geometryBBox(area.geometry)
          : null,
  };
}
