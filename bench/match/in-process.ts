// The in-process part: build the MatchEngine, then time engine.match for every school.
import {
  CoverageIndex,
  INTERVENTION_CODES,
  isSchoolType,
  MatchEngine,
  type CoverageEntry,
  type InterventionCode,
  type MatchableOffering,
  type MatchQuery,
  type PlaceNames,
} from '@partnerwijzer/domain';
import type { BenchSchool, Places } from './dataset.js';
import { mb, round, summarise, type LatencySummary } from './stats.js';

/** Need sets used for the queries, in this order; each school gets several in rotation. */
export const NEED_SETS: InterventionCode[][] = [
  ['EXTRA_LEERTIJD'],
  ['TAAL_LEZEN', 'SOCIAAL_EMOTIONEEL'],
  ['OUDERBETROKKENHEID', 'ZORG_IN_SCHOOL', 'MENTORING'],
  ['ARMOEDE_BASIS', 'BELEVINGSWERELD', 'PROFESSIONALISERING', 'OVERGANGEN', 'VVE_KANSRIJKE_START'],
];
for (const set of NEED_SETS)
  for (const c of set) if (!INTERVENTION_CODES.includes(c)) throw new Error(c);

export const LIMIT = 20;

/** One benchmark query, the same in process and over HTTP. */
export interface BenchQuery {
  school: BenchSchool;
  needs: InterventionCode[];
  groepMin?: number;
  groepMax?: number;
}

/**
 * `perSchool` queries per school (every `every`-th school): need sets in rotation; PO schools
 * sometimes ask for a groep range.
 */
export function benchQueries(schools: BenchSchool[], perSchool: number, every = 1): BenchQuery[] {
  const out: BenchQuery[] = [];
  schools.forEach((school, i) => {
    if (i % every !== 0) return;
    for (let k = 0; k < perSchool; k++) {
      const q: BenchQuery = { school, needs: NEED_SETS[(i + k) % NEED_SETS.length] };
      if (school.sector === 'PO') {
        const g = (i * 7 + k) % 3;
        if (g === 1) Object.assign(q, { groepMin: 1, groepMax: 4 });
        if (g === 2) Object.assign(q, { groepMin: 5, groepMax: 8 });
      }
      out.push(q);
    }
  });
  return out;
}

/** What MatchingService builds for a `vestigingscode` input. */
export function toMatchQuery(q: BenchQuery, now?: Date): MatchQuery {
  const s = q.school;
  return {
    point: s.point,
    municipalityCode: s.municipalityCode,
    provinceCode: s.provinceCode,
    schoolType: isSchoolType(s.schoolType) ? s.schoolType : undefined,
    groepMin: q.groepMin,
    groepMax: q.groepMax,
    needs: q.needs.map((code) => ({ code, weight: 1 })),
    limit: LIMIT,
    now,
  };
}

export function placeNames(places: Places): PlaceNames {
  const m = new Map(places.municipalities.map((x) => [x.code, x.name]));
  const p = new Map(places.provinces.map((x) => [x.code, x.name]));
  return { municipality: (c) => m.get(c), province: (c) => p.get(c) };
}

const gc = (): void => {
  const g = (globalThis as { gc?: () => void }).gc;
  if (g) {
    g();
    g();
  }
};

export interface BuildResult {
  engine: MatchEngine;
  buildMs: number;
  heapUsedBeforeMb: number;
  heapUsedAfterMb: number;
  indexHeapMb: number;
  rssAfterMb: number;
  gcExposed: boolean;
}

export function buildEngine(offerings: MatchableOffering[], places: Places): BuildResult {
  gc();
  const before = process.memoryUsage();
  const t0 = performance.now();
  const engine = new MatchEngine(offerings, placeNames(places));
  const buildMs = performance.now() - t0;
  gc();
  const after = process.memoryUsage();
  return {
    engine,
    buildMs: round(buildMs, 1),
    heapUsedBeforeMb: mb(before.heapUsed),
    heapUsedAfterMb: mb(after.heapUsed),
    indexHeapMb: mb(after.heapUsed - before.heapUsed),
    rssAfterMb: mb(after.rss),
    gcExposed: typeof (globalThis as { gc?: unknown }).gc === 'function',
  };
}

export interface LatencyResult {
  queries: number;
  warmup: number;
  perSchool: number;
  latencyMs: LatencySummary;
  /** CPU time of this process per call (process.cpuUsage, µs resolution): less sensitive to other load on the machine. */
  cpuMs: LatencySummary;
  avgTotalMatches: number;
  avgReturned: number;
}

export function timeMatches(
  engine: MatchEngine,
  queries: BenchQuery[],
  warmup: number,
  perSchool: number,
): LatencyResult {
  const now = new Date();
  const prepared = queries.map((q) => toMatchQuery(q, now));
  for (let i = 0; i < warmup; i++) engine.match(prepared[(i * 7919) % prepared.length]);
  const times = new Array<number>(prepared.length);
  const cpu = new Array<number>(prepared.length);
  let total = 0;
  let returned = 0;
  for (let i = 0; i < prepared.length; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const out = engine.match(prepared[i]);
    times[i] = performance.now() - t0;
    const c1 = process.cpuUsage(c0);
    cpu[i] = (c1.user + c1.system) / 1000;
    total += out.totalMatches;
    returned += out.matches.length;
  }
  return {
    queries: prepared.length,
    warmup,
    perSchool,
    latencyMs: summarise(times),
    cpuMs: summarise(cpu),
    avgTotalMatches: Math.round(total / prepared.length),
    avgReturned: round(returned / prepared.length, 1),
  };
}

/** A CoverageIndex over every area of every offering (any status), as PostGIS will hold them. */
export function coverageIndexOf(offerings: MatchableOffering[]): {
  index: CoverageIndex;
  buildMs: number;
} {
  const entries: CoverageEntry[] = [];
  for (const o of offerings)
    for (const c of o.coverage) entries.push({ areaId: c.areaId, offeringId: o.id, area: c.area });
  const t0 = performance.now();
  const index = new CoverageIndex(entries);
  return { index, buildMs: round(performance.now() - t0, 1) };
}

/** coveringAt per school: the coverage part alone, what the PostGIS query also answers. */
export function timeCoverage(
  index: CoverageIndex,
  allSchools: BenchSchool[],
  warmup: number,
  every = 1,
): LatencySummary {
  const schools = allSchools.filter((_, i) => i % every === 0);
  const q = (s: BenchSchool) => ({
    point: s.point,
    municipalityCode: s.municipalityCode,
    provinceCode: s.provinceCode,
  });
  for (let i = 0; i < warmup; i++) index.coveringAt(q(schools[i % schools.length]));
  const times: number[] = [];
  for (const s of schools) {
    const query = q(s);
    const t0 = performance.now();
    index.coveringAt(query);
    times.push(performance.now() - t0);
  }
  return summarise(times);
}

/** Sanity: the indexed match agrees with the brute-force reference on a sample. */
export function checkAgainstBruteForce(
  engine: MatchEngine,
  queries: BenchQuery[],
  sample: number,
): { checked: number; differing: number } {
  const now = new Date();
  let differing = 0;
  const step = Math.max(1, Math.floor(queries.length / sample));
  let checked = 0;
  for (let i = 0; i < queries.length && checked < sample; i += step, checked++) {
    const q = toMatchQuery(queries[i], now);
    const a = engine.match(q);
    const b = engine.matchBruteForce(q);
    const ids = (o: typeof a) =>
      o.matches.map((m) => `${m.offeringId}:${m.score}:${m.matchedArea.areaId}`).join(',');
    if (a.totalMatches !== b.totalMatches || ids(a) !== ids(b)) differing++;
  }
  return { checked, differing };
}
