import fc from 'fast-check';
import type { CoverageAreaSpec } from '../coverage/coverage-area.js';
import { areaContains } from '../coverage/coverage-reference.js';
import type { GeoPoint } from '../geo/geo-types.js';
import { INTERVENTION_CODES, type InterventionCode } from '../taxonomy/intervention-type.js';
import { SCHOOL_TYPES, SECTORS, type Sector } from '../values/sector.js';
import { FUNDING_ROUTE_CODES, type FundingRouteCode } from '../collaborations/funding-routes.js';
import {
  MatchEngine,
  type CoverageCounts,
  type CoverageFilter,
  type CoveragePlace,
} from './match-engine.js';
import { coverageCellsByMatch } from './coverage-counts-reference.js';
import * as publicIndex from '../index.js';
import type { MatchableOffering } from './match-types.js';

// coverageCounts must give, per place and intervention type, exactly what counting the full
// match() answer gives: all fitting offerings, the verified ones and the non-national ones.

const NOW = new Date('2025-06-01T00:00:00Z');
const MUNICIPALITIES = ['GM0606', 'GM0622', 'GM0402'];
const PROVINCES = ['PV28', 'PV27'];
const CODES = INTERVENTION_CODES.slice(0, 4);
const FUNDING_ROUTES_USED: FundingRouteCode[] = FUNDING_ROUTE_CODES.slice(0, 3);

const point: fc.Arbitrary<GeoPoint> = fc.record({
  lat: fc.integer({ min: 5185, max: 5200 }).map((i) => i / 100),
  lng: fc.integer({ min: 420, max: 450 }).map((i) => i / 100),
});

const area: fc.Arbitrary<CoverageAreaSpec> = fc.oneof(
  fc.constant<CoverageAreaSpec>({ kind: 'NATIONAL' }),
  fc
    .constantFrom(...PROVINCES)
    .map((provinceCode) => ({ kind: 'PROVINCE' as const, provinceCode })),
  fc
    .constantFrom(...MUNICIPALITIES)
    .map((municipalityCode) => ({ kind: 'MUNICIPALITY' as const, municipalityCode })),
  fc
    .record({ center: point, radiusKm: fc.integer({ min: 0, max: 12 }) })
    .map(({ center, radiusKm }) => ({ kind: 'RADIUS' as const, center, radiusKm })),
  fc
    .record({ c: point, w: fc.integer({ min: 1, max: 20 }), h: fc.integer({ min: 1, max: 10 }) })
    .map(({ c, w, h }): CoverageAreaSpec => {
      const [x0, y0, x1, y1] = [c.lng, c.lat, c.lng + w / 100, c.lat + h / 100];
      const ring: [number, number][] = [
        [x0, y0],
        [x1, y0],
        [x1, y1],
        [x0, y1],
        [x0, y0],
      ];
      return { kind: 'POLYGON', geometry: { type: 'Polygon', coordinates: [ring] } };
    }),
);

const offering = (id: string): fc.Arbitrary<MatchableOffering> =>
  fc
    .record({
      organisationStatus: fc.constantFrom('VERIFIED', 'VERIFIED', 'PENDING', 'DRAFT', 'SUSPENDED'),
      status: fc.constantFrom('ACTIVE', 'ACTIVE', 'ACTIVE', 'PAUSED'),
      interventionCodes: fc.subarray([...CODES], { minLength: 1, maxLength: 3 }),
      sectors: fc.oneof(
        fc.constant<Sector[]>([]),
        fc.subarray<Sector>([...SECTORS], { maxLength: 2 }),
      ),
      ageMin: fc.option(fc.integer({ min: 2, max: 16 }), { nil: null }),
      remainingCapacity: fc.constantFrom(null, 0, 5),
      areas: fc.array(area, { maxLength: 3 }),
      funding: fc.subarray<FundingRouteCode>(FUNDING_ROUTES_USED, { maxLength: 2 }),
    })
    .map((r): MatchableOffering => ({
      id,
      organisationId: `org-${id}`,
      organisationName: `Org ${id}`,
      organisationStatus: r.organisationStatus as MatchableOffering['organisationStatus'],
      partnerLocation: null,
      title: `Aanbod ${id}`,
      status: r.status as MatchableOffering['status'],
      interventionCodes: r.interventionCodes,
      sectors: r.sectors,
      targetGroups: [],
      groepMin: null,
      groepMax: null,
      ageMin: r.ageMin,
      ageMax: r.ageMin === null ? null : r.ageMin + 3,
      deliveryModes: ['DURING_SCHOOL'],
      costType: 'FREE',
      costAmountEur: null,
      evidenceRegister: 'NONE',
      evidenceLevel: 'NOT_ASSESSED',
      remainingCapacity: r.remainingCapacity,
      lastConfirmedAt: NOW,
      fundingRouteCodes: r.funding,
      coverage: r.areas.map((a, i) => ({ areaId: `${id}-a${i}`, area: a })),
    }));

const place: fc.Arbitrary<CoveragePlace> = fc.record({
  point,
  municipalityCode: fc.constantFrom(...MUNICIPALITIES),
  provinceCode: fc.constantFrom(...PROVINCES),
  schoolType: fc.option(fc.constantFrom(...SCHOOL_TYPES), { nil: undefined }),
});

const world = fc.record({
  offerings: fc
    .integer({ min: 0, max: 25 })
    .chain((n) =>
      fc.tuple(...Array.from({ length: n }, (_, i) => offering(`o${i}`))).map((xs) => [...xs]),
    ),
  places: fc.array(place, { minLength: 1, maxLength: 20 }),
});

/** Checks `numRuns` random worlds, each through an engine built from its offerings. */
function forEveryWorld(
  numRuns: number,
  check: (engine: MatchEngine, places: CoveragePlace[]) => void,
) {
  fc.assert(
    fc.property(world, ({ offerings, places }) => check(new MatchEngine(offerings), places)),
    { numRuns },
  );
}

/** The reference: the full match answer per place, counted per code. */
const byMatch = (engine: MatchEngine, p: CoveragePlace, filter: CoverageFilter = {}) =>
  coverageCellsByMatch(engine, { ...p, filters: filter, now: NOW });

function byCounts(engine: MatchEngine, places: CoveragePlace[], filter: CoverageFilter = {}) {
  const counts = engine.coverageCounts(places, filter);
  return places.map((_, i) =>
    INTERVENTION_CODES.map((_c, j) => ({
      offerings: counts.offerings[i * counts.needs + j],
      verified: counts.verified[i * counts.needs + j],
      local: counts.local[i * counts.needs + j],
    })),
  );
}

/** Per place and code: is the code's bit set in the place's mask? */
function maskBits(places: CoveragePlace[], masks: Int32Array) {
  return places.map((_, i) => INTERVENTION_CODES.map((_c, j) => ((masks[i] >> j) & 1) === 1));
}

/** Per place and code: is the count above zero? */
function countedAny(places: CoveragePlace[], counts: CoverageCounts, kind: 'local' | 'offerings') {
  return places.map((_, i) =>
    INTERVENTION_CODES.map((_c, j) => counts[kind][i * counts.needs + j] > 0),
  );
}

/** The local masks have a bit exactly where coverageCounts has local > 0. */
function expectLocalMasksAgree(engine: MatchEngine, places: CoveragePlace[], f?: CoverageFilter) {
  const local = engine.localCoverageMasks(places, f);
  expect(maskBits(places, local)).toEqual(
    countedAny(places, engine.coverageCounts(places, f), 'local'),
  );
}

/** local | national masks have a bit exactly where coverageCounts has offerings > 0. */
function expectAnyMasksAgree(engine: MatchEngine, places: CoveragePlace[], f?: CoverageFilter) {
  const local = engine.localCoverageMasks(places, f);
  const national = engine.nationalCoverageMasks(places, f);
  const either = local.map((bits, i) => bits | national[i]);
  expect(maskBits(places, either)).toEqual(
    countedAny(places, engine.coverageCounts(places, f), 'offerings'),
  );
}

describe('MatchEngine.coverageCounts', () => {
  it('keeps the slow oracles out of the public index (only their specs and the bench import them)', () => {
    const oracles = ['coverageCellsByMatch', 'bruteForceCoveringAt', 'bruteForceCoverage'];
    expect(Object.keys(publicIndex).filter((name) => oracles.includes(name))).toEqual([]);
  });

  it('equals counting the full match answer, for every place and code', () => {
    forEveryWorld(300, (engine, places) => {
      expect(byCounts(engine, places)).toEqual(places.map((p) => byMatch(engine, p)));
    });
  });

  it('localCoverageMasks has a bit exactly where coverageCounts has local > 0', () => {
    forEveryWorld(300, expectLocalMasksAgree);
  });

  it('local | national masks have a bit exactly where coverageCounts has offerings > 0', () => {
    forEveryWorld(300, expectAnyMasksAgree);
  });

  it('with a funding filter, equals counting the match answer under that filter; masks agree', () => {
    const filter = fc.record({
      fundingRoutes: fc.subarray<FundingRouteCode>(FUNDING_ROUTES_USED, { minLength: 1 }),
    });
    fc.assert(
      fc.property(world, filter, ({ offerings, places }, f) => {
        const engine = new MatchEngine(offerings);
        expect(byCounts(engine, places, f)).toEqual(places.map((p) => byMatch(engine, p, f)));
        expectLocalMasksAgree(engine, places, f);
        expectAnyMasksAgree(engine, places, f);
      }),
      { numRuns: 200 },
    );
  });

  it('a funding filter narrows: never more than without it, and none when no offering names the route', () => {
    forEveryWorld(100, (engine, places) => {
      const all = engine.coverageCounts(places);
      const npo = engine.coverageCounts(places, { fundingRoutes: ['NPO'] });
      for (let i = 0; i < all.offerings.length; i++) {
        expect(npo.offerings[i]).toBeLessThanOrEqual(all.offerings[i]);
      }
      const none = engine.coverageCounts(places, { fundingRoutes: ['EIGEN_BIJDRAGE'] });
      expect(none.offerings.every((v) => v === 0)).toBe(true);
    });
  });

  it('follows upserts and removals', () => {
    fc.assert(
      fc.property(world, offering('o0'), ({ offerings, places }, replacement) => {
        const engine = new MatchEngine(offerings);
        engine.upsert(replacement);
        engine.remove('o1');
        expect(byCounts(engine, places)).toEqual(places.map((p) => byMatch(engine, p)));
      }),
      { numRuns: 100 },
    );
  });

  it('counts a local offering that also has a national area once, as local', () => {
    const [o] = fc.sample(offering('x'), { numRuns: 1, seed: 1 });
    const engine = new MatchEngine([
      {
        ...o,
        organisationStatus: 'VERIFIED',
        status: 'ACTIVE',
        sectors: [],
        ageMin: null,
        ageMax: null,
        interventionCodes: ['EXTRA_LEERTIJD'],
        coverage: [
          { areaId: 'n', area: { kind: 'NATIONAL' } },
          { areaId: 'm', area: { kind: 'MUNICIPALITY', municipalityCode: 'GM0606' } },
        ],
      },
    ]);
    const here = { point: { lat: 51.92, lng: 4.4 }, municipalityCode: 'GM0606' };
    const there = { point: { lat: 51.92, lng: 4.4 }, municipalityCode: 'GM0622' };
    const counts = engine.coverageCounts([here, there]);
    const j = INTERVENTION_CODES.indexOf('EXTRA_LEERTIJD');
    const n = counts.needs;
    expect([counts.offerings[j], counts.verified[j], counts.local[j]]).toEqual([1, 1, 1]);
    expect([counts.offerings[n + j], counts.verified[n + j], counts.local[n + j]]).toEqual([
      1, 1, 0,
    ]);
  });
});

/** The reference for localReach: every area of every offering tested at every place. */
function reachByBruteForce(
  engine: MatchEngine,
  offerings: MatchableOffering[],
  places: CoveragePlace[],
  codes: InterventionCode[],
) {
  const local: { id: string; areaIds: string[]; places: number; national: boolean }[] = [];
  let nationalOnly = 0;
  for (const o of offerings) {
    const areas = new Set<string>();
    let reached = 0;
    let nationalFit = false;
    for (const p of places) {
      const containing = o.coverage.filter((c) => areaContains(c.area, p));
      if (containing.length === 0) continue;
      const q = { ...p, needs: codes.map((code) => ({ code })), now: NOW };
      if (engine.explain(o.id, q) !== 'MATCH') continue;
      const own = containing.filter((c) => c.area.kind !== 'NATIONAL');
      if (own.length === 0) {
        nationalFit = true;
        continue;
      }
      for (const c of own) areas.add(c.areaId);
      reached++;
    }
    if (areas.size > 0) {
      local.push({
        id: o.id,
        areaIds: o.coverage.filter((c) => areas.has(c.areaId)).map((c) => c.areaId),
        places: reached,
        national: o.coverage.some((c) => c.area.kind === 'NATIONAL'),
      });
    } else if (nationalFit) nationalOnly++;
  }
  return { local: local.sort((a, b) => a.id.localeCompare(b.id)), nationalOnly };
}

describe('MatchEngine.localReach', () => {
  const codeSets = fc.oneof(
    fc.constant<InterventionCode[]>([...INTERVENTION_CODES]),
    fc.subarray([...CODES], { minLength: 1, maxLength: 2 }),
  );

  it('equals testing every area of every offering at every place', () => {
    fc.assert(
      fc.property(world, codeSets, ({ offerings, places }, codes) => {
        const engine = new MatchEngine(offerings);
        const got = engine.localReach(places, codes);
        expect({
          local: got.local
            .map((r) => ({
              id: r.offering.id,
              areaIds: r.areaIds,
              places: r.places,
              national: r.national,
            }))
            .sort((a, b) => a.id.localeCompare(b.id)),
          nationalOnly: got.nationalOnly,
        }).toEqual(reachByBruteForce(engine, offerings, places, codes));
        // Most places first, so a bounded list keeps the widest-reaching offerings.
        const reached = got.local.map((r) => r.places);
        expect(reached).toEqual([...reached].sort((a, b) => b - a));
      }),
      { numRuns: 300 },
    );
  });

  it('has an offering for a type exactly where coverageCounts has a local one somewhere', () => {
    forEveryWorld(100, (engine, places) => {
      const counts = engine.coverageCounts(places);
      INTERVENTION_CODES.forEach((code, j) => {
        const anyLocal = places.some((_, i) => counts.local[i * counts.needs + j] > 0);
        expect(engine.localReach(places, [code]).local.length > 0).toBe(anyLocal);
      });
    });
  });
});
