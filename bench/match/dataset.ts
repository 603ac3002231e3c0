// The benchmark data set: places (provinces, municipalities, schools) from ../shared/data when
// present, else generated; partners, offerings and coverage always generated from a seed.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  DELIVERY_MODES,
  EVIDENCE_LEVELS,
  geometryBBox,
  INTERVENTION_CODES,
  ORGANISATION_TYPES,
  SECTORS,
  TARGET_GROUPS,
  type AreaGeometry,
  type BBox,
  type CostType,
  type CoverageAreaSpec,
  type EvidenceRegister,
  type GeoPoint,
  type InterventionCode,
  type LinearRing,
  type MatchableOffering,
  type OrganisationStatus,
  type OrganisationType,
  type Position,
  type SchoolType,
} from '@partnerwijzer/domain';
import { parseCsv } from '../../apps/api/src/modules/imports/csv.js';
import { Prng } from './prng.js';

export interface BenchProvince {
  code: string;
  name: string;
  geometry: AreaGeometry | null;
}

export interface BenchMunicipality {
  code: string;
  name: string;
  provinceCode: string;
  geometry: AreaGeometry;
  bbox: BBox;
  center: GeoPoint;
}

export interface BenchSchool {
  vestigingscode: string;
  instellingscode: string;
  name: string;
  sector: 'PO' | 'VO' | 'SO';
  schoolType: SchoolType;
  address: string;
  postcode: string;
  city: string;
  municipalityCode: string;
  provinceCode: string;
  point: GeoPoint;
  pupils: number | null;
}

export interface Places {
  source: 'shared/data' | 'synthetic';
  provinces: BenchProvince[];
  municipalities: BenchMunicipality[];
  schools: BenchSchool[];
}

export interface BenchOrganisation {
  id: string;
  name: string;
  type: OrganisationType;
  city: string;
  status: OrganisationStatus;
  location: GeoPoint | null;
  lastConfirmedAt: Date | null;
}

export interface PolygonStats {
  total: number;
  fromMunicipality: number;
  star: number;
  withHoles: number;
  multiPolygons: number;
  vertices: { min: number; median: number; max: number; mean: number };
}

export interface Partners {
  organisations: BenchOrganisation[];
  offerings: MatchableOffering[];
  coverageByKind: Record<CoverageAreaSpec['kind'], number>;
  polygons: PolygonStats;
}

// ---------------------------------------------------------------------------------------------
// Places

export function loadPlaces(dataDir: string, seed: number): Places {
  const files = {
    schools: join(dataDir, 'schools.csv'),
    municipalities: join(dataDir, 'gemeenten.geojson'),
    provinces: join(dataDir, 'provinces.geojson'),
  };
  if (Object.values(files).every((f) => existsSync(f))) return realPlaces(files);
  return syntheticPlaces(seed);
}

interface Feature {
  properties: Record<string, string>;
  geometry: AreaGeometry;
}

function realPlaces(files: { schools: string; municipalities: string; provinces: string }): Places {
  const prov = JSON.parse(readFileSync(files.provinces, 'utf8')) as { features: Feature[] };
  const muni = JSON.parse(readFileSync(files.municipalities, 'utf8')) as { features: Feature[] };
  const provinces = prov.features.map((f) => ({
    code: f.properties.code,
    name: f.properties.name,
    geometry: f.geometry,
  }));
  const municipalities = muni.features.map((f) => {
    const bbox = geometryBBox(f.geometry);
    return {
      code: f.properties.code,
      name: f.properties.name,
      provinceCode: f.properties.provinceCode,
      geometry: f.geometry,
      bbox,
      center: { lng: (bbox[0] + bbox[2]) / 2, lat: (bbox[1] + bbox[3]) / 2 },
    };
  });
  const table = parseCsv(readFileSync(files.schools, 'utf8'));
  const col = (name: string): number => {
    const i = table.header.indexOf(name);
    if (i < 0) throw new Error(`schools.csv: column ${name} missing`);
    return i;
  };
  const c = {
    code: col('vestigingscode'),
    inst: col('instellingscode'),
    name: col('name'),
    sector: col('sector'),
    type: col('schoolType'),
    address: col('address'),
    postcode: col('postcode'),
    city: col('city'),
    muni: col('municipalityCode'),
    prov: col('provinceCode'),
    lat: col('lat'),
    lon: col('lon'),
    pupils: col('pupils'),
  };
  const schools: BenchSchool[] = table.records.map(({ values: v }) => ({
    vestigingscode: v[c.code],
    instellingscode: v[c.inst],
    name: v[c.name],
    sector: v[c.sector] as BenchSchool['sector'],
    schoolType: v[c.type] as SchoolType,
    address: v[c.address],
    postcode: v[c.postcode],
    city: v[c.city],
    municipalityCode: v[c.muni],
    provinceCode: v[c.prov],
    point: { lat: Number(v[c.lat]), lng: Number(v[c.lon]) },
    pupils: v[c.pupils] === '' ? null : Number(v[c.pupils]),
  }));
  return { source: 'shared/data', provinces, municipalities, schools };
}

/** 342 rectangular municipalities (19 × 18 grid over the Netherlands), 12 provinces, 8,622 schools. */
function syntheticPlaces(seed: number): Places {
  const rnd = new Prng(seed ^ 0x51ace5);
  const [minLng, minLat, maxLng, maxLat] = [3.4, 50.8, 7.1, 53.5];
  const cols = 19;
  const rows = 18;
  const w = (maxLng - minLng) / cols;
  const h = (maxLat - minLat) / rows;
  const provinces: BenchProvince[] = [];
  for (let i = 0; i < 12; i++) {
    provinces.push({ code: `PV${20 + i}`, name: `Provincie ${i + 1}`, geometry: null });
  }
  const municipalities: BenchMunicipality[] = [];
  for (let r = 0; r < rows; r++) {
    for (let col = 0; col < cols; col++) {
      const x0 = minLng + col * w;
      const y0 = minLat + r * h;
      const ring: LinearRing = [
        [x0, y0],
        [x0 + w, y0],
        [x0 + w, y0 + h],
        [x0, y0 + h],
        [x0, y0],
      ];
      const geometry: AreaGeometry = { type: 'Polygon', coordinates: [ring] };
      const n = municipalities.length;
      // Provinces: 4 × 3 blocks of cells.
      const p =
        Math.min(3, Math.floor((col / cols) * 4)) + 4 * Math.min(2, Math.floor((r / rows) * 3));
      municipalities.push({
        code: `GM${String(n + 1).padStart(4, '0')}`,
        name: `Gemeente ${n + 1}`,
        provinceCode: provinces[p].code,
        geometry,
        bbox: geometryBBox(geometry),
        center: { lng: x0 + w / 2, lat: y0 + h / 2 },
      });
    }
  }
  const types: [SchoolType, BenchSchool['sector'], number][] = [
    ['BAO', 'PO', 0.71],
    ['SBO', 'PO', 0.03],
    ['VO', 'VO', 0.19],
    ['SO/VSO', 'SO', 0.05],
    ['SO', 'SO', 0.02],
  ];
  const schools: BenchSchool[] = [];
  for (let i = 0; i < 8622; i++) {
    const m = rnd.pick(municipalities);
    let u = rnd.next();
    let t = types[0];
    for (const candidate of types) {
      t = candidate;
      if ((u -= candidate[2]) < 0) break;
    }
    const code = i.toString(36).toUpperCase().padStart(4, '0').slice(-4);
    schools.push({
      vestigingscode: `${code}00`,
      instellingscode: code,
      name: `School ${i + 1}`,
      sector: t[1],
      schoolType: t[0],
      address: `Schoolstraat ${i + 1}`,
      postcode: `${rnd.int(1000, 9999)}AB`,
      city: m.name,
      municipalityCode: m.code,
      provinceCode: m.provinceCode,
      point: {
        lng: round6(rnd.range(m.bbox[0], m.bbox[2])),
        lat: round6(rnd.range(m.bbox[1], m.bbox[3])),
      },
      pupils: rnd.int(40, 1500),
    });
  }
  return { source: 'synthetic', provinces, municipalities, schools };
}

// ---------------------------------------------------------------------------------------------
// Partners, offerings, coverage

const COVERAGE_MIX = {
  NATIONAL: 0.15,
  PROVINCE: 0.15,
  MUNICIPALITY: 0.4,
  RADIUS: 0.2,
  POLYGON: 0.1,
} as const;

/** The seed of bench:match's data set; the other benchmarks take it too, so all see the same offerings. */
export const DATASET_SEED = 20251123;

export interface PartnerOptions {
  organisations: number;
  offerings: number;
  seed: number;
  /** Reference time for lastConfirmedAt. */
  now: Date;
}

export function generatePartners(places: Places, opts: PartnerOptions): Partners {
  const rnd = new Prng(opts.seed);
  const muniByCode = new Map(places.municipalities.map((m) => [m.code, m]));
  const neighbours = nearestMunicipalities(places.municipalities, 8);
  const provinceCodes = places.provinces.map((p) => p.code);
  const dayMs = 86_400_000;

  const organisations: BenchOrganisation[] = [];
  const homeMunicipality = new Map<string, string>();
  for (let i = 0; i < opts.organisations; i++) {
    const near = rnd.pick(places.schools);
    const location = rnd.chance(0.05)
      ? null
      : {
          lat: round6(clamp(near.point.lat + rnd.range(-0.02, 0.02), 50.75, 53.65)),
          lng: round6(clamp(near.point.lng + rnd.range(-0.03, 0.03), 3.25, 7.25)),
        };
    const id = rnd.uuid();
    homeMunicipality.set(id, near.municipalityCode);
    organisations.push({
      id,
      name: `Partner ${i + 1}`,
      type: rnd.pick(ORGANISATION_TYPES),
      city: near.city,
      status: rnd.weighted({ VERIFIED: 0.7, PENDING: 0.25, DRAFT: 0.03, SUSPENDED: 0.02 }),
      location,
      lastConfirmedAt: rnd.chance(0.1)
        ? null
        : new Date(opts.now.getTime() - rnd.int(0, 730) * dayMs),
    });
  }

  // Exactly 10% POLYGON (one polygon each), the rest drawn from the mix.
  const kinds: CoverageAreaSpec['kind'][] = [];
  for (const [kind, share] of Object.entries(COVERAGE_MIX) as [
    CoverageAreaSpec['kind'],
    number,
  ][]) {
    const n = Math.round(share * opts.offerings);
    for (let i = 0; i < n; i++) kinds.push(kind);
  }
  while (kinds.length < opts.offerings) kinds.push('MUNICIPALITY');
  kinds.length = opts.offerings;
  rnd.shuffle(kinds);

  const coverageByKind = { NATIONAL: 0, PROVINCE: 0, MUNICIPALITY: 0, RADIUS: 0, POLYGON: 0 };
  const polygonVertices: number[] = [];
  const polyStats = { fromMunicipality: 0, star: 0, withHoles: 0, multiPolygons: 0 };
  const offerings: MatchableOffering[] = [];

  for (let i = 0; i < opts.offerings; i++) {
    // Every organisation gets at least one offering; the rest are spread at random.
    const org = i < organisations.length ? organisations[i] : rnd.pick(organisations);
    const home = muniByCode.get(homeMunicipality.get(org.id) as string) as BenchMunicipality;
    const centre = org.location ?? home.center;
    const coverage: MatchableOffering['coverage'] = [];
    const add = (area: CoverageAreaSpec) => {
      coverage.push({ areaId: rnd.uuid(), area });
      coverageByKind[area.kind]++;
    };
    switch (kinds[i]) {
      case 'NATIONAL':
        add({ kind: 'NATIONAL' });
        break;
      case 'PROVINCE': {
        const n = rnd.chance(0.8) ? 1 : 2;
        const codes = new Set([home.provinceCode, ...rnd.sample(provinceCodes, n - 1)]);
        for (const code of codes) add({ kind: 'PROVINCE', provinceCode: code });
        break;
      }
      case 'MUNICIPALITY': {
        const n = rnd.pick([1, 1, 1, 2, 2, 3, 4, 5, 6]);
        const near = neighbours.get(home.code) as string[];
        for (const code of [home.code, ...rnd.sample(near, n - 1)]) {
          add({ kind: 'MUNICIPALITY', municipalityCode: code });
        }
        // Some local partners also serve a radius around their office.
        if (rnd.chance(0.1)) add(radiusArea(rnd, centre));
        break;
      }
      case 'RADIUS':
        add(radiusArea(rnd, centre));
        break;
      case 'POLYGON': {
        const { geometry, kind } = customPolygon(rnd, places, home, centre);
        if (kind === 'municipality') polyStats.fromMunicipality++;
        else polyStats.star++;
        if (geometry.type === 'MultiPolygon') polyStats.multiPolygons++;
        const polys = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
        if (polys.some((rings) => rings.length > 1)) polyStats.withHoles++;
        polygonVertices.push(polys.flat().reduce((s, ring) => s + ring.length, 0));
        add({ kind: 'POLYGON', geometry });
        break;
      }
    }
    offerings.push(offering(rnd, org, i, coverage, opts.now));
  }

  const sortedV = [...polygonVertices].sort((a, b) => a - b);
  return {
    organisations,
    offerings,
    coverageByKind,
    polygons: {
      total: polygonVertices.length,
      ...polyStats,
      vertices: {
        min: sortedV[0] ?? 0,
        median: sortedV[sortedV.length >> 1] ?? 0,
        max: sortedV[sortedV.length - 1] ?? 0,
        mean: Math.round(sortedV.reduce((s, v) => s + v, 0) / Math.max(1, sortedV.length)),
      },
    },
  };
}

function offering(
  rnd: Prng,
  org: BenchOrganisation,
  i: number,
  coverage: MatchableOffering['coverage'],
  now: Date,
): MatchableOffering {
  const sectors = rnd.chance(0.3) ? [] : rnd.sample(SECTORS, rnd.int(1, 3));
  const po = sectors.length === 0 || sectors.includes('PO') || sectors.includes('SBO');
  let groepMin: number | null = null;
  let groepMax: number | null = null;
  if (po && rnd.chance(0.5)) {
    groepMin = rnd.int(1, 8);
    groepMax = rnd.int(groepMin, 8);
  }
  let ageMin: number | null = null;
  let ageMax: number | null = null;
  if (rnd.chance(0.2)) {
    ageMin = rnd.int(2, 16);
    ageMax = rnd.int(ageMin, 20);
  }
  const costType = rnd.weighted({ FREE: 0.4, SUBSIDISED: 0.3, PAID: 0.3 }) as CostType;
  const register = rnd.weighted({
    NONE: 0.5,
    NJI: 0.2,
    NPO_MENUKAART: 0.2,
    OTHER: 0.1,
  }) as EvidenceRegister;
  return {
    id: rnd.uuid(),
    organisationId: org.id,
    organisationName: org.name,
    organisationStatus: org.status,
    partnerLocation: org.location,
    title: `Aanbod ${i + 1}`,
    status: rnd.chance(0.92) ? 'ACTIVE' : 'PAUSED',
    interventionCodes: rnd.sample(
      INTERVENTION_CODES,
      rnd.pick([1, 1, 1, 2, 2, 3]),
    ) as InterventionCode[],
    sectors,
    targetGroups: rnd.chance(0.5) ? [] : rnd.sample(TARGET_GROUPS, rnd.int(1, 2)),
    groepMin,
    groepMax,
    ageMin,
    ageMax,
    deliveryModes: rnd.sample(DELIVERY_MODES, rnd.int(1, 2)),
    costType,
    costAmountEur: costType === 'PAID' ? rnd.int(50, 5000) : null,
    evidenceRegister: register,
    evidenceLevel: register === 'NONE' ? 'NOT_ASSESSED' : rnd.pick(EVIDENCE_LEVELS),
    remainingCapacity: rnd.chance(0.6) ? null : rnd.int(0, 50),
    lastConfirmedAt: rnd.chance(0.1)
      ? null
      : new Date(now.getTime() - rnd.int(0, 730) * 86_400_000),
    coverage,
  };
}

function radiusArea(rnd: Prng, centre: GeoPoint): CoverageAreaSpec {
  return {
    kind: 'RADIUS',
    center: { ...centre },
    radiusKm: Math.round(rnd.range(5, 50) * 10) / 10,
  };
}

/**
 * A custom service area. 40%: a municipality outline, scaled (0.7–1.4), slightly rotated and
 * shifted (an affine map, so a valid outline stays valid); 60%: a star-shaped polygon with
 * 50–800 vertices around the partner (strictly increasing angles, so always simple), a third of
 * them with a hole, and some MultiPolygons of 2–3 disjoint parts.
 */
function customPolygon(
  rnd: Prng,
  places: Places,
  home: BenchMunicipality,
  centre: GeoPoint,
): { geometry: AreaGeometry; kind: 'municipality' | 'star' } {
  if (rnd.chance(0.4)) {
    const m = rnd.chance(0.5) ? home : rnd.pick(places.municipalities);
    const s = rnd.range(0.7, 1.4);
    const a = (rnd.range(-10, 10) * Math.PI) / 180;
    const dx = rnd.range(-0.05, 0.05);
    const dy = rnd.range(-0.05, 0.05);
    const { lng: cx, lat: cy } = m.center;
    const k = Math.cos((cy * Math.PI) / 180);
    // Rotate in a locally isotropic frame (x scaled by cos lat) so shapes are not sheared.
    const map = ([x, y]: Position): Position => {
      const u = (x - cx) * k;
      const v = y - cy;
      return [
        round6(cx + dx + (s * (u * Math.cos(a) - v * Math.sin(a))) / k),
        round6(cy + dy + s * (u * Math.sin(a) + v * Math.cos(a))),
      ];
    };
    const g = m.geometry;
    const geometry: AreaGeometry =
      g.type === 'Polygon'
        ? { type: 'Polygon', coordinates: g.coordinates.map((r) => r.map(map)) }
        : { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map((r) => r.map(map))) };
    return { geometry, kind: 'municipality' };
  }
  const vertexBudget = Math.round(Math.exp(rnd.range(Math.log(50), Math.log(800))));
  if (rnd.chance(0.2)) {
    const parts = rnd.int(2, 3);
    const polys: LinearRing[][] = [];
    // Parts sit on a circle of radius 2.2·R, at least 120° apart; each part reaches at most
    // 1.0·R from its own centre, so parts never touch.
    const r = rnd.range(2, 12);
    const start = rnd.range(0, 2 * Math.PI);
    for (let p = 0; p < parts; p++) {
      const angle = start + (p * 2 * Math.PI) / parts;
      const c = offsetKm(centre, 2.2 * r * Math.cos(angle), 2.2 * r * Math.sin(angle));
      polys.push(
        starWithMaybeHole(rnd, c, r, Math.max(20, Math.round(vertexBudget / parts)), p === 0),
      );
    }
    return { geometry: { type: 'MultiPolygon', coordinates: polys }, kind: 'star' };
  }
  const rings = starWithMaybeHole(rnd, centre, rnd.range(2, 25), vertexBudget, rnd.chance(0.3));
  return { geometry: { type: 'Polygon', coordinates: rings }, kind: 'star' };
}

/** Outer radii in [0.55R, 1.0R]; the optional hole has radii below 0.45R. */
function starWithMaybeHole(
  rnd: Prng,
  c: GeoPoint,
  rKm: number,
  n: number,
  hole: boolean,
): LinearRing[] {
  const rings = [starRing(rnd, c, rKm, 0.55, 1.0, n)];
  if (hole) {
    const hc = offsetKm(c, rnd.range(-0.1, 0.1) * rKm, rnd.range(-0.1, 0.1) * rKm);
    rings.push(starRing(rnd, hc, rKm, 0.1, 0.3, Math.max(12, Math.round(n / 4))).reverse());
  }
  return rings;
}

function starRing(
  rnd: Prng,
  c: GeoPoint,
  rKm: number,
  lo: number,
  hi: number,
  n: number,
): LinearRing {
  // Smooth radial noise: a few random harmonics plus a little per-vertex jitter.
  const harmonics = Array.from({ length: 4 }, () => ({
    k: rnd.int(2, 9),
    a: rnd.range(0, 1),
    phase: rnd.range(0, 2 * Math.PI),
  }));
  const norm = harmonics.reduce((s, h) => s + h.a, 0) + 0.2;
  const ring: LinearRing = [];
  for (let i = 0; i < n; i++) {
    const t = (i / n) * 2 * Math.PI;
    let noise = 0.2 * rnd.next();
    for (const h of harmonics) noise += h.a * (0.5 + 0.5 * Math.sin(h.k * t + h.phase));
    const r = rKm * (lo + (hi - lo) * (noise / norm));
    const p = offsetKm(c, r * Math.cos(t), r * Math.sin(t));
    ring.push([round6(p.lng), round6(p.lat)]);
  }
  ring.push([ring[0][0], ring[0][1]]);
  return ring;
}

function offsetKm(c: GeoPoint, eastKm: number, northKm: number): GeoPoint {
  const lat = c.lat + northKm / 111.195;
  const lng = c.lng + eastKm / (111.195 * Math.cos((c.lat * Math.PI) / 180));
  return { lat, lng };
}

function nearestMunicipalities(list: BenchMunicipality[], k: number): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const m of list) {
    const near = list
      .filter((o) => o !== m)
      .map((o) => ({
        code: o.code,
        d: (o.center.lat - m.center.lat) ** 2 + ((o.center.lng - m.center.lng) * 0.6) ** 2,
      }))
      .sort((a, b) => a.d - b.d)
      .slice(0, k)
      .map((o) => o.code);
    out.set(m.code, near);
  }
  return out;
}

const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v));
const round6 = (v: number): number => Math.round(v * 1e6) / 1e6;
