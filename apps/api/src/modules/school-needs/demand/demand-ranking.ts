import {
  applicabilityForSchoolType,
  explainNeed,
  fromTenths,
  haversineKm,
  metStatus,
  unmetNeed,
  type GeoPoint,
  type InterventionCode,
  type MetStatus,
  type NeedPriority,
  type NeedSource,
  type ProfileNeed,
  type SchoolType,
  toTenths,
} from '@partnerwijzer/domain';

/**
 * "Just outside" an offering's area: a school the area does not reach, within this distance
 * of a school it does reach (and that the offering fits). A distance to the nearest reached
 * school rather than to the area's edge, so it works alike for every kind of area.
 */
export const NEAR_KM = 5;

/** A school the demand looks at, with what the need formula needs to know about it. */
export interface DemandCandidate {
  vestigingscode: string;
  name: string;
  city: string;
  municipalityCode: string;
  schoolType: SchoolType;
  pupils: number | null;
  location: GeoPoint;
  inArea: boolean;
  /** For a school just outside: the distance to the nearest school in the area, km. */
  distanceKm: number | null;
  schoolweging: number | null;
  achterstandsscore: number | null;
  /** The funded pupils the CBS counted the score for (null: DUO's count is used). */
  achterstandsscorePupils: number | null;
  /** Only an opted-in profile; null otherwise (a profile kept private never counts here). */
  profile: readonly ProfileNeed[] | null;
  /** Other offerings reaching and fitting the school per type: all, and through a local area. */
  coverage: ReadonlyMap<InterventionCode, { offerings: number; local: number }>;
}

export interface DemandNeed {
  interventionCode: InterventionCode;
  need: number;
  unmet: number;
  met: MetStatus;
  source: NeedSource;
  /** The school's own priority, when the need comes from its (opted-in) profile. */
  priority: NeedPriority | null;
}

export interface DemandSchool {
  vestigingscode: string;
  name: string;
  city: string;
  municipalityCode: string;
  inArea: boolean;
  distanceKm: number | null;
  /** Sum of the unmet needs below, as each is shown (libs/domain need-figures.ts). */
  unmetNeed: number;
  needs: DemandNeed[];
}

const round1 = (x: number): number => Math.round(x * 10) / 10;

/**
 * The schools with an unmet need the offering could serve, most unmet weighted need first
 * (need-gap's formula: `explainNeed` × (1 − `metCredit`), libs/domain/src/needs). Only the
 * offering's types that apply to the school count. Ties: in the area before just outside,
 * then by name.
 */
export function rankDemand(
  candidates: readonly DemandCandidate[],
  offeringCodes: readonly InterventionCode[],
): DemandSchool[] {
  const out: DemandSchool[] = [];
  for (const c of candidates) {
    const needs: DemandNeed[] = [];
    for (const code of offeringCodes) {
      if (!applicabilityForSchoolType(code, c.schoolType).applies) continue;
      const need = explainNeed(
        {
          schoolType: c.schoolType,
          pupils: c.pupils,
          schoolweging: c.schoolweging,
          achterstandsscore: c.achterstandsscore,
          achterstandsscorePupils: c.achterstandsscorePupils,
          profile: c.profile,
        },
        code,
      );
      const cov = c.coverage.get(code) ?? { offerings: 0, local: 0 };
      const met = metStatus(need.applies, cov.offerings, cov.local);
      // Already to 0.1 by the domain's cell rule, as the municipality view shows it.
      const unmet = unmetNeed(need.weight, met);
      if (unmet <= 0) continue;
      needs.push({
        interventionCode: code,
        need: need.weight,
        unmet,
        met,
        source: need.source,
        priority:
          need.source === 'PROFILE'
            ? (c.profile?.find((p) => p.code === code)?.priority ?? null)
            : null,
      });
    }
    if (needs.length === 0) continue;
    needs.sort((a, b) => b.unmet - a.unmet);
    out.push({
      vestigingscode: c.vestigingscode,
      name: c.name,
      city: c.city,
      municipalityCode: c.municipalityCode,
      inArea: c.inArea,
      distanceKm: c.distanceKm === null ? null : round1(c.distanceKm),
      unmetNeed: fromTenths(needs.reduce((sum, n) => sum + toTenths(n.unmet), 0)),
      needs,
    });
  }
  return out.sort(
    (a, b) =>
      b.unmetNeed - a.unmetNeed ||
      Number(b.inArea) - Number(a.inArea) ||
      a.name.localeCompare(b.name, 'nl'),
  );
}

/**
 * For each school outside the area, the distance to the nearest school inside it when that is
 * at most `nearKm` (else absent). A grid of about `nearKm` per cell keeps it linear.
 */
export function nearestInside(
  inside: readonly GeoPoint[],
  outside: readonly { key: string; point: GeoPoint }[],
  nearKm = NEAR_KM,
): Map<string, number> {
  const latStep = nearKm / 111;
  // A degree of longitude is 66–71 km across the Netherlands: 64 keeps a cell at least nearKm wide.
  const lngStep = nearKm / 64;
  const cell = (p: GeoPoint) => [Math.floor(p.lat / latStep), Math.floor(p.lng / lngStep)];
  const grid = new Map<string, GeoPoint[]>();
  for (const p of inside) {
    const [a, b] = cell(p);
    const key = `${a}:${b}`;
    const list = grid.get(key);
    if (list) list.push(p);
    else grid.set(key, [p]);
  }
  const out = new Map<string, number>();
  for (const o of outside) {
    const [a, b] = cell(o.point);
    let best = Infinity;
    for (let da = -1; da <= 1; da++) {
      for (let db = -1; db <= 1; db++) {
        for (const p of grid.get(`${a! + da}:${b! + db}`) ?? []) {
          const d = haversineKm(o.point, p);
          if (d < best) best = d;
        }
      }
    }
    if (best <= nearKm) out.set(o.key, best);
  }
  return out;
}
