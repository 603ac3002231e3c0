import fc from 'fast-check';
import { coverageAreaSpec } from '../coverage/__fixtures__/area-arbitraries.js';
import { box } from '../geo/__fixtures__/rings.js';
import type { GeoPoint, LinearRing, Position } from '../geo/geo-types.js';
import { INTERVENTION_CODES } from '../taxonomy/intervention-type.js';
import {
  COST_TYPES,
  DELIVERY_MODES,
  EVIDENCE_LEVELS,
  EVIDENCE_REGISTERS,
  OFFERING_STATUSES,
} from '../values/offering-values.js';
import { ORGANISATION_STATUSES } from '../values/organisation-values.js';
import { SCHOOL_TYPES, SECTORS, TARGET_GROUPS } from '../values/sector.js';
import { MatchEngine } from './match-engine.js';
import { MATCH_SORTS, type MatchableOffering, type MatchQuery } from './match-types.js';

// Random worlds around Schiedam / Vlaardingen / Maassluis: small enough that areas overlap a lot,
// so ties, multiple covering areas per offering and border-crossing radii are common.
const NOW = new Date('2025-06-01T00:00:00Z');
const IDS = Array.from({ length: 14 }, (_, i) => `o${i}`);
// Fewer codes than the taxonomy has, so offerings and requests meet often.
const CODES = INTERVENTION_CODES.slice(0, 5);
const MUNICIPALITIES = ['GM0606', 'GM0622', 'GM0556', 'GM0402'];
const PROVINCES = ['PV28', 'PV27'];
const LANGUAGES = ['nl', 'en', 'tr'];

// A 0.01° grid makes points fall on polygon edges, hole edges and radius centres often.
const lng = fc.oneof(
  fc.integer({ min: 420, max: 450 }).map((i) => i / 100),
  fc.double({ min: 4.2, max: 4.5, noNaN: true }),
);
const lat = fc.oneof(
  fc.integer({ min: 5185, max: 5200 }).map((i) => i / 100),
  fc.double({ min: 51.85, max: 52, noNaN: true }),
);
const point: fc.Arbitrary<GeoPoint> = fc.record({ lat, lng });

/** A rectangle, or a regular n-gon, each optionally with a hole. */
const rings: fc.Arbitrary<LinearRing[]> = fc.oneof(
  fc
    .record({
      x: lng,
      y: lat,
      w: fc.integer({ min: 1, max: 25 }),
      h: fc.integer({ min: 1, max: 15 }),
      hole: fc.boolean(),
    })
    .map(({ x, y, w, h, hole }) => {
      const x1 = x + w / 100;
      const y1 = y + h / 100;
      const out = [box(x, y, x1, y1)];
      if (hole)
        out.push(
          box(x + (x1 - x) / 4, y + (y1 - y) / 4, x + ((x1 - x) * 3) / 4, y + ((y1 - y) * 3) / 4),
        );
      return out;
    }),
  fc
    .record({
      c: point,
      r: fc.double({ min: 0.005, max: 0.15, noNaN: true }),
      n: fc.integer({ min: 3, max: 8 }),
      hole: fc.boolean(),
    })
    .map(({ c, r, n, hole }) => {
      const ring = (s: number): LinearRing => {
        const pts: Position[] = [];
        for (let i = 0; i < n; i++) {
          const a = (2 * Math.PI * i) / n;
          pts.push([c.lng + r * s * Math.cos(a), c.lat + r * s * Math.sin(a) * 0.6]);
        }
        pts.push(pts[0]);
        return pts;
      };
      return hole ? [ring(1), ring(0.4)] : [ring(1)];
    }),
);

// Radii of 0–15 km here cross the borders between the three MSV municipalities.
const areaSpec = coverageAreaSpec(
  { provinces: PROVINCES, municipalities: MUNICIPALITIES, point },
  { radius: { wholeKm: 15, anyKm: 15 }, polygon: rings },
  { national: 2, province: 1, municipality: 2, radius: 3, polygon: 2, multi: 2 },
);

const subset = <T>(all: readonly T[], maxLength = all.length) =>
  fc.subarray([...all], { maxLength });
const nullableInt = (min: number, max: number) =>
  fc.option(fc.integer({ min, max }), { nil: null, freq: 2 });
// Mostly empty (= fits all), sometimes a restriction.
const mostlyEmpty = <T>(all: readonly T[], maxLength: number) =>
  fc.oneof(
    { weight: 2, arbitrary: fc.constant<T[]>([]) },
    { weight: 1, arbitrary: subset(all, maxLength) },
  );

const offering = (id: string): fc.Arbitrary<MatchableOffering> =>
  fc
    .record({
      organisationStatus: fc.oneof(
        {
          weight: 4,
          arbitrary: fc.constantFrom<(typeof ORGANISATION_STATUSES)[number]>('VERIFIED', 'PENDING'),
        },
        { weight: 1, arbitrary: fc.constantFrom(...ORGANISATION_STATUSES) },
      ),
      partnerLocation: fc.option(point, { nil: null }),
      status: fc.constantFrom(
        'ACTIVE',
        'ACTIVE',
        'ACTIVE',
        'ACTIVE',
        'ACTIVE',
        ...OFFERING_STATUSES,
      ),
      interventionCodes: fc.subarray([...CODES], { minLength: 1, maxLength: 3 }),
      sectors: mostlyEmpty(SECTORS, 3),
      targetGroups: mostlyEmpty(TARGET_GROUPS, 2),
      groepMin: nullableInt(1, 8),
      groepSpan: fc.integer({ min: 0, max: 7 }),
      groepMaxOnly: fc.boolean(),
      ageMin: nullableInt(2, 16),
      ageMax: nullableInt(4, 20),
      deliveryModes: fc.subarray([...DELIVERY_MODES], { minLength: 1 }),
      costType: fc.constantFrom(...COST_TYPES),
      costAmountEur: fc.option(fc.integer({ min: 0, max: 800 }), { nil: null }),
      evidenceRegister: fc.constantFrom(...EVIDENCE_REGISTERS),
      evidenceLevel: fc.constantFrom(...EVIDENCE_LEVELS),
      remainingCapacity: fc.constantFrom(null, null, 0, 3),
      confirmedDaysAgo: fc.option(fc.integer({ min: -5, max: 900 }), { nil: null }),
      languages: fc.subarray([...LANGUAGES], { maxLength: 2 }),
      areas: fc.array(
        fc.record({
          area: areaSpec,
          label: fc.option(fc.constantFrom('Oost', 'West'), { nil: undefined }),
        }),
        {
          maxLength: 4,
          // Sometimes none at all: such an offering is stored but reaches nobody.
          minLength: 0,
        },
      ),
    })
    .map((r) => ({
      id,
      organisationId: `org-${id}`,
      organisationName: `Org ${id}`,
      organisationStatus: r.organisationStatus,
      partnerLocation: r.partnerLocation,
      title: `Aanbod ${id}`,
      status: r.status,
      interventionCodes: r.interventionCodes,
      sectors: r.sectors,
      targetGroups: r.targetGroups,
      groepMin: r.groepMaxOnly ? null : r.groepMin,
      groepMax: r.groepMin === null ? null : Math.min(8, r.groepMin + r.groepSpan),
      ageMin: r.ageMin,
      ageMax: r.ageMax,
      deliveryModes: r.deliveryModes,
      costType: r.costType,
      costAmountEur: r.costAmountEur,
      evidenceRegister: r.evidenceRegister,
      evidenceLevel: r.evidenceLevel,
      remainingCapacity: r.remainingCapacity,
      languages: r.languages,
      lastConfirmedAt:
        r.confirmedDaysAgo === null
          ? null
          : new Date(NOW.getTime() - r.confirmedDaysAgo * 86_400_000),
      coverage: r.areas.map((a, i) => ({
        areaId: `${id}-a${i}`,
        area: a.area,
        ...(a.label ? { label: a.label } : {}),
      })),
    }));

const anyOffering = fc.constantFrom(...IDS).chain(offering);

const query: fc.Arbitrary<MatchQuery> = fc
  .record({
    point,
    municipalityCode: fc.option(fc.constantFrom(...MUNICIPALITIES), { nil: undefined }),
    provinceCode: fc.option(fc.constantFrom(...PROVINCES), { nil: undefined }),
    schoolType: fc.option(fc.constantFrom(...SCHOOL_TYPES), { nil: undefined, freq: 1 }),
    groepMin: fc.option(fc.integer({ min: 1, max: 8 }), { nil: undefined, freq: 3 }),
    groepMax: fc.option(fc.integer({ min: 1, max: 8 }), { nil: undefined, freq: 3 }),
    targetGroups: fc.option(subset(TARGET_GROUPS, 2), { nil: undefined, freq: 3 }),
    needs: fc.array(
      fc.record({
        code: fc.oneof(
          { weight: 4, arbitrary: fc.constantFrom(...CODES) },
          { weight: 1, arbitrary: fc.constantFrom(...INTERVENTION_CODES) },
        ),
        weight: fc.option(fc.constantFrom(0.5, 1, 2, 3), { nil: undefined }),
      }),
      { maxLength: 6 },
    ),
    // Usually no filter or one, so most queries still have answers.
    filters: fc.oneof(
      { weight: 3, arbitrary: fc.constant(undefined) },
      {
        weight: 3,
        arbitrary: fc.oneof(
          fc.record({ verifiedOnly: fc.boolean() }),
          fc.record({ deliveryModes: subset(DELIVERY_MODES, 2) }),
          fc.record({ costTypes: subset(COST_TYPES, 2) }),
          fc.record({ maxCostEur: fc.integer({ min: 0, max: 800 }) }),
          fc.record({ maxDistanceKm: fc.integer({ min: 1, max: 30 }) }),
          fc.record({ hideFull: fc.boolean() }),
          fc.record({ languages: subset(LANGUAGES, 2) }),
        ),
      },
      {
        weight: 1,
        arbitrary: fc.record(
          {
            verifiedOnly: fc.boolean(),
            deliveryModes: subset(DELIVERY_MODES, 2),
            costTypes: subset(COST_TYPES, 2),
            maxCostEur: fc.integer({ min: 0, max: 800 }),
            maxDistanceKm: fc.integer({ min: 1, max: 30 }),
            hideFull: fc.boolean(),
            languages: subset(LANGUAGES, 2),
          },
          { requiredKeys: [] },
        ),
      },
    ),
    limit: fc.option(fc.integer({ min: 0, max: 12 }), { nil: undefined }),
    sort: fc.option(fc.constantFrom(...MATCH_SORTS), { nil: undefined, freq: 2 }),
  })
  .map((q) => ({ ...q, now: NOW }));

type Op =
  | { op: 'upsert'; o: MatchableOffering }
  | { op: 'remove'; id: string }
  | { op: 'match'; q: MatchQuery };

const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 3, arbitrary: anyOffering.map((o): Op => ({ op: 'upsert', o })) },
  { weight: 1, arbitrary: fc.constantFrom(...IDS).map((id): Op => ({ op: 'remove', id })) },
  { weight: 3, arbitrary: query.map((q): Op => ({ op: 'match', q })) },
);

const names = {
  municipality: (c: string) => (c === 'GM0606' ? 'Schiedam' : undefined),
  province: (c: string) => (c === 'PV28' ? 'Zuid-Holland' : undefined),
};

describe('MatchEngine.match equals matchBruteForce', () => {
  it('for random offerings, queries, upserts and removals', () => {
    // Guards against a vacuous property: the random worlds must produce real answers.
    const seen = {
      matches: 0,
      multiAreaBundles: 0,
      full: 0,
      radius: 0,
      polygon: 0,
      withDistance: 0,
    };
    fc.assert(
      fc.property(
        fc.array(anyOffering, { maxLength: 14 }),
        fc.array(op, { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 0, max: 4 }),
        (initial, ops, overflowLimit) => {
          // A tiny overflow limit makes the coverage index rebuild its R-tree often.
          const engine = new MatchEngine(initial, names, { coverageOverflowLimit: overflowLimit });
          const model = new Map(initial.map((o) => [o.id, o]));
          for (const o of ops) {
            if (o.op === 'upsert') {
              engine.upsert(o.o);
              model.set(o.o.id, o.o);
            } else if (o.op === 'remove') {
              engine.remove(o.id);
              model.delete(o.id);
            } else {
              const fast = engine.match(o.q);
              const slow = engine.matchBruteForce(o.q);
              // Same ids, order, scores, areas, reasons and bundle.
              expect(fast).toEqual(slow);
              seen.matches += fast.matches.length;
              if (fast.bundle.offeringIds.length >= 2) seen.multiAreaBundles++;
              for (const m of fast.matches) {
                if (m.full) seen.full++;
                if (m.matchedArea.kind === 'RADIUS') seen.radius++;
                if (m.matchedArea.kind === 'POLYGON') seen.polygon++;
                if (m.distanceKm !== null) seen.withDistance++;
              }
              // And the same as a freshly built engine: nothing stale survives an upsert.
              expect(new MatchEngine(model.values(), names).match(o.q)).toEqual(fast);
              // Remember this point, as the API does for every school, and ask again; later
              // upserts and removals then run against remembered lists (needs mask included).
              engine.rememberPoints([o.q.point]);
              expect(engine.match(o.q)).toEqual(slow);
            }
            expect(engine.size).toBe(model.size);
          }
        },
      ),
      { numRuns: 500 },
    );
    for (const [k, v] of Object.entries(seen)) expect([k, v >= 10]).toEqual([k, true]);
  });

  it('returns well-formed outcomes', () => {
    fc.assert(
      fc.property(fc.array(anyOffering, { maxLength: 10 }), query, (offerings, q) => {
        const out = new MatchEngine(offerings).match(q);
        const limit = q.limit ?? 20;
        expect(out.matches.length).toBe(Math.min(limit, out.totalMatches));
        const seenFull = out.matches.findIndex((m) => m.full);
        if (seenFull >= 0) expect(out.matches.slice(seenFull).every((m) => m.full)).toBe(true);
        const km = (d: number | null) => d ?? Infinity;
        for (let i = 1; i < out.matches.length; i++) {
          const [a, b] = [out.matches[i - 1], out.matches[i]];
          if (a.full !== b.full) continue;
          if (q.sort === 'DISTANCE') expect(km(a.distanceKm)).toBeLessThanOrEqual(km(b.distanceKm));
          else if (q.sort !== 'RECENTLY_CONFIRMED') expect(a.score).toBeGreaterThanOrEqual(b.score);
        }
        const wanted = q.filters?.languages ?? [];
        if (wanted.length > 0) {
          const byId = new Map(offerings.map((o) => [o.id, o]));
          for (const m of out.matches)
            expect(byId.get(m.offeringId)?.languages?.some((l) => wanted.includes(l))).toBe(true);
        }
        expect(out.languages).toEqual([...new Set(out.languages)].sort());
        for (const m of out.matches) {
          expect(m.score).toBeGreaterThanOrEqual(0);
          expect(m.score).toBeLessThanOrEqual(100);
          for (const v of Object.values(m.scoreParts)) {
            expect(v).toBeGreaterThanOrEqual(0);
            expect(v).toBeLessThanOrEqual(1);
          }
          if (q.filters?.maxDistanceKm !== undefined) {
            expect(m.distanceKm).not.toBeNull();
          }
        }
        const requested = new Set(q.needs.map((n) => n.code));
        for (const c of out.uncoveredNeeds) expect(requested.has(c)).toBe(true);
        for (const c of out.bundle.needsCovered) expect(out.uncoveredNeeds).not.toContain(c);
        expect(new Set(out.bundle.offeringIds).size).toBe(out.bundle.offeringIds.length);
      }),
      { numRuns: 300 },
    );
  });
});
