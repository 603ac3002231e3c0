// PostGIS baseline: the same coverage areas in PostgreSQL with GiST indexes, one query per
// school returning the ids of the offerings whose coverage contains it; timed per school and
// compared, set for set, with our CoverageIndex.
import pg from 'pg';
import {
  EARTH_RADIUS_KM,
  EDGE_TOLERANCE_DEG,
  haversineKm,
  type CoverageIndex,
  type GeoPoint,
  type MatchableOffering,
  type Position,
} from '@partnerwijzer/domain';
import type { BenchSchool } from './dataset.js';
import { summarise, type LatencySummary } from './stats.js';

export type PostgisResult =
  | { skipped: string }
  | {
      version: string;
      setupMs: number;
      rows: { code: number; polygon: number; radius: number };
      invalidPolygons: number;
      query: string;
      plan: string[];
      warmupQueries: number;
      perSchoolMs: LatencySummary;
      /** Round trip of `SELECT 1` on the same connection (every 8th school): the floor for any query. */
      selectOneMs: LatencySummary;
      comparison: {
        schools: number;
        identical: number;
        mismatches: number;
        avgCoveringOfferings: number;
        examples: MismatchExample[];
      };
      sphere: string;
    };

export interface MismatchExample {
  vestigingscode: string;
  onlyOurs: { offeringId: string; detail: string }[];
  onlyPostgis: { offeringId: string; detail: string }[];
}

const QUERY = `
  SELECT offering_id::text AS id FROM pgis_code WHERE kind = 'NATIONAL'
  UNION SELECT offering_id::text FROM pgis_code WHERE kind = 'PROVINCE' AND code = $3
  UNION SELECT offering_id::text FROM pgis_code WHERE kind = 'MUNICIPALITY' AND code = $4
  UNION SELECT offering_id::text FROM pgis_polygon
         WHERE ST_Covers(geom, ST_SetSRID(ST_MakePoint($1, $2), 4326))
  UNION SELECT offering_id::text FROM pgis_radius
         WHERE ST_DWithin(geog, ST_SetSRID(ST_MakePoint($1, $2), 4326)::geography, $5, false)
           AND ST_DWithin(geog, ST_SetSRID(ST_MakePoint($1, $2), 4326)::geography, radius_m, false)`;

export async function postgisBaseline(
  url: string,
  offerings: MatchableOffering[],
  schools: BenchSchool[],
  index: CoverageIndex,
  log: (line: string) => void,
): Promise<PostgisResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    try {
      await client.query('CREATE EXTENSION IF NOT EXISTS postgis');
    } catch (error) {
      return { skipped: `PostGIS not installed (${(error as Error).message})` };
    }
    const [{ v }] = (await client.query<{ v: string }>('SELECT postgis_full_version() AS v')).rows;
    const setupStarted = performance.now();
    await client.query(`
      DROP TABLE IF EXISTS pgis_code, pgis_polygon, pgis_radius;
      CREATE TABLE pgis_code (offering_id uuid NOT NULL, kind text NOT NULL, code text);
      CREATE TABLE pgis_polygon (offering_id uuid NOT NULL, geom geometry(Geometry, 4326) NOT NULL);
      CREATE TABLE pgis_radius (offering_id uuid NOT NULL, geog geography(Point, 4326) NOT NULL, radius_m float8 NOT NULL);`);
    const code: object[] = [];
    const polygon: object[] = [];
    const radius: object[] = [];
    for (const o of offerings) {
      for (const { area } of o.coverage) {
        if (area.kind === 'NATIONAL') code.push({ o: o.id, k: area.kind, c: null });
        else if (area.kind === 'PROVINCE')
          code.push({ o: o.id, k: area.kind, c: area.provinceCode });
        else if (area.kind === 'MUNICIPALITY')
          code.push({ o: o.id, k: area.kind, c: area.municipalityCode });
        else if (area.kind === 'POLYGON') polygon.push({ o: o.id, g: area.geometry });
        else
          radius.push({
            o: o.id,
            lng: area.center.lng,
            lat: area.center.lat,
            r: area.radiusKm * 1000,
          });
      }
    }
    const batches = async (rows: object[], sql: string) => {
      for (let i = 0; i < rows.length; i += 500) {
        await client.query(sql, [JSON.stringify(rows.slice(i, i + 500))]);
      }
    };
    await batches(
      code,
      `INSERT INTO pgis_code SELECT o, k, c FROM jsonb_to_recordset($1::jsonb) AS x(o uuid, k text, c text)`,
    );
    await batches(
      polygon,
      `INSERT INTO pgis_polygon SELECT o, ST_SetSRID(ST_GeomFromGeoJSON(g::text), 4326)
         FROM jsonb_to_recordset($1::jsonb) AS x(o uuid, g jsonb)`,
    );
    await batches(
      radius,
      `INSERT INTO pgis_radius SELECT o, ST_SetSRID(ST_MakePoint(lng, lat), 4326)::geography, r
         FROM jsonb_to_recordset($1::jsonb) AS x(o uuid, lng float8, lat float8, r float8)`,
    );
    await client.query(`
      CREATE INDEX pgis_code_idx ON pgis_code (kind, code);
      CREATE INDEX pgis_polygon_gist ON pgis_polygon USING gist (geom);
      CREATE INDEX pgis_radius_gist ON pgis_radius USING gist (geog);
      ANALYZE pgis_code; ANALYZE pgis_polygon; ANALYZE pgis_radius;`);
    const setupMs = performance.now() - setupStarted;
    const [{ n: invalid }] = (
      await client.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM pgis_polygon WHERE NOT ST_IsValid(geom)',
      )
    ).rows;
    const maxRadiusM = radius.reduce((m, r) => Math.max(m, (r as { r: number }).r), 0);
    const params = (s: BenchSchool) => [
      s.point.lng,
      s.point.lat,
      s.provinceCode,
      s.municipalityCode,
      maxRadiusM,
    ];
    const plan = (
      await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${QUERY}`, params(schools[0]))
    ).rows.map((r) => r['QUERY PLAN']);
    log(
      `postgis: ${code.length} code + ${polygon.length} polygon + ${radius.length} radius rows, ${invalid} invalid polygons, setup ${Math.round(setupMs)} ms`,
    );

    const warmup = Math.min(500, schools.length);
    for (let i = 0; i < warmup; i++) {
      await client.query({ name: 'cover', text: QUERY, values: params(schools[i]) });
    }
    const times: number[] = [];
    const ones: number[] = [];
    let identical = 0;
    let sumCovering = 0;
    const examples: MismatchExample[] = [];
    let mismatches = 0;
    const byId = new Map(offerings.map((o) => [o.id, o]));
    for (const [i, s] of schools.entries()) {
      if (i % 8 === 0) {
        const t0 = performance.now();
        await client.query('SELECT 1');
        ones.push(performance.now() - t0);
      }
      const t1 = performance.now();
      const res = await client.query<{ id: string }>({
        name: 'cover',
        text: QUERY,
        values: params(s),
      });
      const t2 = performance.now();
      times.push(t2 - t1);
      const theirs = new Set(res.rows.map((r) => r.id));
      const ours = new Set(
        index
          .coveringAt({
            point: s.point,
            municipalityCode: s.municipalityCode,
            provinceCode: s.provinceCode,
          })
          .map((h) => h.offeringId),
      );
      sumCovering += ours.size;
      const onlyOurs = [...ours].filter((id) => !theirs.has(id));
      const onlyTheirs = [...theirs].filter((id) => !ours.has(id));
      if (onlyOurs.length === 0 && onlyTheirs.length === 0) {
        identical++;
      } else {
        mismatches++;
        if (examples.length < 10) {
          examples.push({
            vestigingscode: s.vestigingscode,
            onlyOurs: onlyOurs.map((id) => ({
              offeringId: id,
              detail: explain(byId.get(id), s.point),
            })),
            onlyPostgis: onlyTheirs.map((id) => ({
              offeringId: id,
              detail: explain(byId.get(id), s.point),
            })),
          });
        }
      }
    }
    return {
      version: v,
      setupMs: Math.round(setupMs),
      rows: { code: code.length, polygon: polygon.length, radius: radius.length },
      invalidPolygons: invalid,
      query: QUERY.replace(/\s+/g, ' ').trim(),
      plan,
      warmupQueries: warmup,
      perSchoolMs: summarise(times),
      selectOneMs: summarise(ones),
      comparison: {
        schools: schools.length,
        identical,
        mismatches,
        avgCoveringOfferings: Math.round(sumCovering / schools.length),
        examples,
      },
      sphere: `ST_DWithin(geography, geography, r, use_spheroid => false): PostGIS sphere R = 6371008.7714 m vs our haversine R = ${EARTH_RADIUS_KM * 1000} m (relative 4.5e-9, ~0.2 mm at 50 km). Polygons: planar ST_Covers on lon/lat, like our ray casting (edge tolerance ${EDGE_TOLERANCE_DEG}°).`,
    };
  } finally {
    await client.end();
  }
}

/** How close the point is to deciding differently: metres from the circle, or degrees from an edge. */
function explain(o: MatchableOffering | undefined, p: GeoPoint): string {
  if (!o) return 'unknown offering';
  return o.coverage
    .map(({ area }) => {
      if (area.kind === 'RADIUS') {
        const d = haversineKm(area.center, p);
        return `RADIUS ${area.radiusKm} km, point at ${d.toFixed(9)} km (${((d - area.radiusKm) * 1e6).toFixed(3)} mm from the circle)`;
      }
      if (area.kind === 'POLYGON') {
        const polys =
          area.geometry.type === 'Polygon'
            ? [area.geometry.coordinates]
            : area.geometry.coordinates;
        let best = Infinity;
        for (const rings of polys)
          for (const ring of rings) best = Math.min(best, ringDistanceDeg(ring, p));
        return `POLYGON, ${best.toExponential(3)}° from the nearest edge`;
      }
      return area.kind;
    })
    .join('; ');
}

function ringDistanceDeg(ring: Position[], p: GeoPoint): number {
  let best = Infinity;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x1, y1] = ring[j];
    const [x2, y2] = ring[i];
    const dx = x2 - x1;
    const dy = y2 - y1;
    const len2 = dx * dx + dy * dy;
    const t =
      len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.lng - x1) * dx + (p.lat - y1) * dy) / len2));
    best = Math.min(best, Math.hypot(p.lng - (x1 + t * dx), p.lat - (y1 + t * dy)));
  }
  return best;
}
