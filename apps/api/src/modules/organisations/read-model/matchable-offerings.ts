import type { DataSource } from 'typeorm';
import type {
  CostType,
  CoverageAreaSpec,
  DeliveryMode,
  EvidenceLevel,
  EvidenceRegister,
  InterventionCode,
  MatchableOffering,
  OfferingStatus,
  OrganisationStatus,
  Sector,
  TargetGroup,
} from '@partnerwijzer/domain';
import type { AreaGeometry } from '@partnerwijzer/domain';

interface OfferingRow {
  id: string;
  organisation_id: string;
  organisation_name: string;
  organisation_status: string;
  lat: number | null;
  lng: number | null;
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
  cost_type: string;
  cost_amount_eur: string | null;
  evidence_register: string;
  evidence_level: string;
  capacity_per_year: number | null;
  last_confirmed_at: Date | null;
}

interface CoverageRow {
  id: string;
  offering_id: string;
  kind: string;
  province_code: string | null;
  municipality_code: string | null;
  center_lat: number | null;
  center_lng: number | null;
  radius_km: number | null;
  geometry: AreaGeometry | null;
}

export type OfferingScope =
  { all: true } | { offeringIds: string[] } | { organisationIds: string[] };

/** Reads offerings (not archived) with their organisation and coverage, shaped for matching. */
export async function loadMatchableOfferings(
  db: DataSource,
  scope: OfferingScope,
): Promise<MatchableOffering[]> {
  const [where, params] = scopeFilter(scope);
  const rows = (await db.query(
    `SELECT f.id, f.organisation_id, o.name AS organisation_name, o.status AS organisation_status, o.lat, o.lng,
            f.title, f.status, f.intervention_types, f.sectors, f.target_groups, f.groep_min, f.groep_max,
            f.age_min, f.age_max, f.delivery_modes, f.cost_type, f.cost_amount_eur, f.evidence_register,
            f.evidence_level, f.capacity_per_year, f.last_confirmed_at
       FROM offering f JOIN organisation o ON o.id = f.organisation_id
      WHERE f.status <> 'ARCHIVED' ${where}`,
    params,
  )) as OfferingRow[];
  if (rows.length === 0) return [];
  const coverage = (await db.query(
    `SELECT id, offering_id, kind, province_code, municipality_code, center_lat, center_lng, radius_km, geometry
       FROM coverage_area WHERE offering_id = ANY($1::uuid[])`,
    [rows.map((r) => r.id)],
  )) as CoverageRow[];
  const byOffering = new Map<string, CoverageRow[]>();
  for (const c of coverage) {
    const list = byOffering.get(c.offering_id);
    if (list) list.push(c);
    else byOffering.set(c.offering_id, [c]);
  }
  return rows.map((r) => toMatchable(r, byOffering.get(r.id) ?? []));
}

function scopeFilter(scope: OfferingScope): [string, unknown[]] {
  if ('offeringIds' in scope) return ['AND f.id = ANY($1::uuid[])', [scope.offeringIds]];
  if ('organisationIds' in scope)
    return ['AND f.organisation_id = ANY($1::uuid[])', [scope.organisationIds]];
  return ['', []];
}

function toMatchable(r: OfferingRow, coverage: CoverageRow[]): MatchableOffering {
  return {
    id: r.id,
    organisationId: r.organisation_id,
    organisationName: r.organisation_name,
    organisationStatus: r.organisation_status as OrganisationStatus,
    partnerLocation: r.lat !== null && r.lng !== null ? { lat: r.lat, lng: r.lng } : null,
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
    evidenceRegister: r.evidence_register as EvidenceRegister,
    evidenceLevel: r.evidence_level as EvidenceLevel,
    // Contact requests (issue #6/#7) will subtract accepted collaborations here.
    remainingCapacity: r.capacity_per_year,
    lastConfirmedAt: r.last_confirmed_at,
    coverage: coverage.flatMap((c) => {
      const area = toSpec(c);
      return area ? [{ areaId: c.id, area }] : [];
    }),
  };
}

function toSpec(c: CoverageRow): CoverageAreaSpec | null {
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
          }
        : null;
    case 'POLYGON':
      return c.geometry ? { kind: 'POLYGON', geometry: c.geometry } : null;
    default:
      return null;
  }
}
