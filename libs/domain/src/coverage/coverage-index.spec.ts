import fc from 'fast-check';
import { coverageAreaSpec } from './__fixtures__/area-arbitraries.js';
import { box } from '../geo/__fixtures__/rings.js';
import type { GeoPoint, LinearRing, MultiPolygonGeometry, Position } from '../geo/geo-types.js';
import type { CoverageAreaSpec } from './coverage-area.js';
import {
  CoverageIndex,
  type CoverageEntry,
  type CoverageHit,
  type CoverageQuery,
} from './coverage-index.js';
import { bruteForceCoveringAt } from './covering-at-reference.js';

const key = (h: CoverageHit): string => `${h.offeringId}|${h.areaId}|${h.kind}`;
const keys = (hits: CoverageHit[]): string[] => hits.map(key).sort();

// Real-world anchors for the examples.
const SCHIEDAM: GeoPoint = { lat: 51.9192, lng: 4.3997 };
const VLAARDINGEN: GeoPoint = { lat: 51.9125, lng: 4.3419 };
const MAASSLUIS: GeoPoint = { lat: 51.9233, lng: 4.2503 };
const GRONINGEN: GeoPoint = { lat: 53.2194, lng: 6.5665 };

function entry(offeringId: string, areaId: string, area: CoverageAreaSpec): CoverageEntry {
  return { offeringId, areaId, area };
}

describe('CoverageIndex examples', () => {
  const entries: CoverageEntry[] = [
    entry('jinc', 'nl', { kind: 'NATIONAL' }),
    entry('familieklas', 'zh', { kind: 'PROVINCE', provinceCode: 'PV28' }),
    entry('voorlees', 'schiedam', { kind: 'MUNICIPALITY', municipalityCode: 'GM0606' }),
    entry('voorlees', 'vlaardingen', { kind: 'MUNICIPALITY', municipalityCode: 'GM0622' }),
    // Office in Schiedam, working 5 km around it: reaches across into Vlaardingen.
    entry('bijles', 'rond-kantoor', { kind: 'RADIUS', center: SCHIEDAM, radiusKm: 5 }),
  ];
  const index = new CoverageIndex(entries);

  it('returns national offerings everywhere', () => {
    expect(keys(index.coveringAt({ point: GRONINGEN }))).toEqual(['jinc|nl|NATIONAL']);
  });

  it('matches province and municipality areas by code', () => {
    const hits = index.coveringAt({
      point: SCHIEDAM,
      provinceCode: 'PV28',
      municipalityCode: 'GM0606',
    });
    expect(keys(hits)).toEqual([
      'bijles|rond-kantoor|RADIUS',
      'familieklas|zh|PROVINCE',
      'jinc|nl|NATIONAL',
      'voorlees|schiedam|MUNICIPALITY',
    ]);
  });

  it('covers by radius across a municipality border, not by the partner’s municipality', () => {
    const inVlaardingen = index.coveringAt({
      point: VLAARDINGEN,
      municipalityCode: 'GM0622',
      provinceCode: 'PV28',
    });
    expect(keys(inVlaardingen)).toContain('bijles|rond-kantoor|RADIUS');
    // Maassluis is ~10 km away: same province, outside the radius.
    const inMaassluis = index.coveringAt({
      point: MAASSLUIS,
      municipalityCode: 'GM0556',
      provinceCode: 'PV28',
    });
    expect(keys(inMaassluis)).not.toContain('bijles|rond-kantoor|RADIUS');
    expect(keys(inMaassluis)).toContain('familieklas|zh|PROVINCE');
  });

  it('does not cover a point in a polygon’s hole, but does cover an island in a MultiPolygon', () => {
    const donut: MultiPolygonGeometry = {
      type: 'MultiPolygon',
      coordinates: [
        [box(5, 52, 6, 53), box(5.4, 52.4, 5.6, 52.6)],
        [box(6.5, 52, 6.7, 52.2)],
      ],
    };
    const idx = new CoverageIndex([
      entry('o', 'donut', { kind: 'POLYGON', geometry: donut }),
      entry('p', 'square', {
        kind: 'POLYGON',
        geometry: { type: 'Polygon', coordinates: [box(5.45, 52.45, 5.55, 52.55)] },
      }),
    ]);
    expect(keys(idx.coveringAt({ point: { lng: 5.2, lat: 52.2 } }))).toEqual([
      'o|donut|POLYGON',
    ]);
    expect(keys(idx.coveringAt({ point: { lng: 5.5, lat: 52.5 } }))).toEqual([
      'p|square|POLYGON',
    ]);
    expect(keys(idx.coveringAt({ point: { lng: 5.42, lat: 52.5 } }))).toEqual([]);
    expect(keys(idx.coveringAt({ point: { lng: 6.6, lat: 52.1 } }))).toEqual(['o|donut|POLYGON']);
    // Boundary of the hole counts as covered.
    expect(keys(idx.coveringAt({ point: { lng: 5.4, lat: 52.5 } }))).toEqual([
      'o|donut|POLYGON',
    ]);
  });

  it('sees upserts and removals in the very next query', () => {
    const idx = new CoverageIndex(entries, { overflowLimit: 1000 });
    const q = { point: VLAARDINGEN, municipalityCode: 'GM0622' };
    idx.removeOffering('bijles');
    expect(keys(idx.coveringAt(q))).not.toContain('bijles|rond-kantoor|RADIUS');
    expect(idx.size.tombstones).toBe(1);
    idx.upsertOffering('bijles', [
      entry('bijles', 'groot', { kind: 'RADIUS', center: SCHIEDAM, radiusKm: 20 }),
    ]);
    expect(keys(idx.coveringAt({ point: MAASSLUIS }))).toContain('bijles|groot|RADIUS');
    expect(idx.size.spatialOverflow).toBe(1);
    idx.rebuild();
    expect(idx.size).toMatchObject({ spatialOverflow: 0, tombstones: 0, spatialIndexed: 1 });
    expect(keys(idx.coveringAt({ point: MAASSLUIS }))).toContain('bijles|groot|RADIUS');
    idx.upsertOffering('voorlees', []);
    expect(idx.hasOffering('voorlees')).toBe(false);
    expect(keys(idx.coveringAt(q))).not.toContain('voorlees|vlaardingen|MUNICIPALITY');
  });

  it('groups hits per offering', () => {
    const idx = new CoverageIndex([
      ...entries,
      entry('voorlees', 'rond', { kind: 'RADIUS', center: SCHIEDAM, radiusKm: 1 }),
    ]);
    const grouped = idx.offeringsCoveringAt({ point: SCHIEDAM, municipalityCode: 'GM0606' });
    expect(grouped.get('voorlees')?.map((h) => h.areaId).sort()).toEqual(['rond', 'schiedam']);
    expect(grouped.has('familieklas')).toBe(false);
  });

  it('rejects entries filed under another offering', () => {
    const idx = new CoverageIndex();
    expect(() => idx.upsertOffering('a', [entry('b', 'x', { kind: 'NATIONAL' })])).toThrow();
  });

  it('keeps unmatchable areas out of the spatial index', () => {
    const idx = new CoverageIndex([
      entry('a', 'nan', { kind: 'RADIUS', center: SCHIEDAM, radiusKm: Number.NaN }),
      entry('a', 'empty', { kind: 'POLYGON', geometry: { type: 'MultiPolygon', coordinates: [] } }),
    ]);
    expect(idx.size).toMatchObject({ entries: 2, unmatchable: 2, spatialIndexed: 0 });
    expect(idx.coveringAt({ point: SCHIEDAM })).toEqual([]);
  });

  it('counts what it holds', () => {
    expect(index.size).toEqual({
      offerings: 4,
      entries: 5,
      national: 1,
      province: 1,
      municipality: 2,
      spatialIndexed: 1,
      spatialOverflow: 0,
      tombstones: 0,
      unmatchable: 0,
    });
  });
});

// ---- Property-based: the index must agree with the brute-force reference ----

const PROVINCES = ['PV20', 'PV21', 'PV26'];
const MUNICIPALITIES = ['GM0363', 'GM0402', 'GM0556', 'GM0606', 'GM0622'];
const OFFERINGS = ['o0', 'o1', 'o2', 'o3', 'o4', 'o5', 'o6', 'o7'];

// Coordinates on a 0.05° grid make points land exactly on rectangle edges, hole edges,
// vertices and circle centres often, which is where a prefilter would go wrong.
const gridLng = fc.integer({ min: 66, max: 144 }).map((i) => i * 0.05);
const gridLat = fc.integer({ min: 1016, max: 1072 }).map((i) => i * 0.05);
const freeLng = fc.double({ min: 3.3, max: 7.2, noNaN: true });
const freeLat = fc.double({ min: 50.8, max: 53.6, noNaN: true });
const point: fc.Arbitrary<GeoPoint> = fc.oneof(
  fc.record({ lng: gridLng, lat: gridLat }),
  fc.record({ lng: freeLng, lat: freeLat }),
);

/** A rectangle with, optionally, a smaller rectangular hole somewhere inside it. */
const rectPolygon: fc.Arbitrary<LinearRing[]> = fc
  .record({
    x: gridLng,
    y: gridLat,
    w: fc.integer({ min: 2, max: 20 }),
    h: fc.integer({ min: 2, max: 20 }),
    hole: fc.option(
      fc.record({
        fx: fc.double({ min: 0.1, max: 0.5, noNaN: true }),
        fy: fc.double({ min: 0.1, max: 0.5, noNaN: true }),
        fw: fc.double({ min: 0.1, max: 0.4, noNaN: true }),
        fh: fc.double({ min: 0.1, max: 0.4, noNaN: true }),
      }),
    ),
  })
  .map(({ x, y, w, h, hole }) => {
    const x1 = x + w * 0.05;
    const y1 = y + h * 0.05;
    const rings = [box(x, y, x1, y1)];
    if (hole) {
      const hx = x + (x1 - x) * hole.fx;
      const hy = y + (y1 - y) * hole.fy;
      rings.push(box(hx, hy, hx + (x1 - x) * hole.fw, hy + (y1 - y) * hole.fh));
    }
    return rings;
  });

/** A regular n-gon (3..9 sides) with, optionally, a scaled-down copy as a hole. */
const regularPolygon: fc.Arbitrary<LinearRing[]> = fc
  .record({
    cx: freeLng,
    cy: freeLat,
    r: fc.double({ min: 0.02, max: 0.6, noNaN: true }),
    n: fc.integer({ min: 3, max: 9 }),
    rot: fc.double({ min: 0, max: Math.PI, noNaN: true }),
    holeScale: fc.option(fc.double({ min: 0.2, max: 0.6, noNaN: true })),
  })
  .map(({ cx, cy, r, n, rot, holeScale }) => {
    const ring = (scale: number): LinearRing => {
      const pts: Position[] = [];
      for (let i = 0; i < n; i++) {
        const a = rot + (2 * Math.PI * i) / n;
        pts.push([cx + r * scale * Math.cos(a), cy + r * scale * Math.sin(a) * 0.6]);
      }
      pts.push(pts[0]);
      return pts;
    };
    return holeScale === null ? [ring(1)] : [ring(1), ring(holeScale)];
  });

const polygonRings = fc.oneof(rectPolygon, regularPolygon);

const area = coverageAreaSpec(
  { provinces: PROVINCES, municipalities: MUNICIPALITIES, point },
  { radius: { wholeKm: 60, anyKm: 120 }, polygon: polygonRings },
  { national: 1, province: 2, municipality: 2, radius: 4, polygon: 4, multi: 3 },
);

let areaSeq = 0;
const offeringAreas = (offeringId: string): fc.Arbitrary<CoverageEntry[]> =>
  fc
    .array(area, { maxLength: 4 })
    .map((areas) => areas.map((a) => ({ offeringId, areaId: `a${areaSeq++}`, area: a })));

const offeringWithAreas = fc
  .constantFrom(...OFFERINGS)
  .chain((id) => offeringAreas(id).map((entries) => ({ id, entries })));

const query: fc.Arbitrary<CoverageQuery> = fc.record({
  point,
  municipalityCode: fc.option(fc.constantFrom(...MUNICIPALITIES), { nil: undefined }),
  provinceCode: fc.option(fc.constantFrom(...PROVINCES), { nil: undefined }),
});

type Op =
  | { op: 'upsert'; id: string; entries: CoverageEntry[] }
  | { op: 'remove'; id: string }
  | { op: 'rebuild' }
  | { op: 'query'; q: CoverageQuery };

const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: offeringWithAreas.map(({ id, entries }): Op => ({ op: 'upsert', id, entries })) },
  { weight: 2, arbitrary: fc.constantFrom(...OFFERINGS).map((id): Op => ({ op: 'remove', id })) },
  { weight: 1, arbitrary: fc.constant<Op>({ op: 'rebuild' }) },
  { weight: 4, arbitrary: query.map((q): Op => ({ op: 'query', q })) },
);

/** The model the index is checked against: what each offering currently covers. */
function modelOf(initial: readonly { id: string; entries: CoverageEntry[] }[]) {
  const model = new Map<string, CoverageEntry[]>();
  // An offering without areas is simply absent from the index.
  for (const { id, entries } of initial) {
    if (entries.length > 0) model.set(id, [...(model.get(id) ?? []), ...entries]);
  }
  return model;
}

/** An upsert, in the index and in its model alike. */
function upsertBoth(
  index: CoverageIndex,
  model: Map<string, CoverageEntry[]>,
  { id, entries }: { id: string; entries: CoverageEntry[] },
) {
  index.upsertOffering(id, entries);
  if (entries.length > 0) model.set(id, entries);
  else model.delete(id);
}

describe('CoverageIndex matches the brute-force reference', () => {
  it('for random entry sets and random places', () => {
    fc.assert(
      fc.property(
        fc.array(offeringWithAreas, { maxLength: 12 }),
        fc.array(query, { minLength: 1, maxLength: 15 }),
        (offerings, queries) => {
          const entries = offerings.flatMap((o) => o.entries);
          const index = new CoverageIndex(entries);
          for (const q of queries) {
            expect(keys(index.coveringAt(q))).toEqual(keys(bruteForceCoveringAt(entries, q)));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('through random sequences of upserts, removals and rebuilds', () => {
    fc.assert(
      fc.property(
        fc.array(offeringWithAreas, { maxLength: 6 }),
        fc.array(op, { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 0, max: 6 }),
        (initial, ops, overflowLimit) => {
          const model = modelOf(initial);
          const index = new CoverageIndex(
            initial.flatMap((o) => o.entries),
            { overflowLimit },
          );
          for (const o of ops) {
            if (o.op === 'upsert') {
              upsertBoth(index, model, o);
            } else if (o.op === 'remove') {
              expect(index.removeOffering(o.id)).toBe(model.delete(o.id));
            } else if (o.op === 'rebuild') {
              index.rebuild();
            } else {
              const all = [...model.values()].flat();
              expect(keys(index.coveringAt(o.q))).toEqual(keys(bruteForceCoveringAt(all, o.q)));
            }
          }
          const all = [...model.values()].flat();
          expect(index.size.entries).toBe(all.length);
          expect(index.size.offerings).toBe(model.size);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('CoverageIndex radius boxes', () => {
  // Destination point at `distKm` and `bearing` from `c` on the same sphere haversineKm uses.
  function destination(c: GeoPoint, distKm: number, bearing: number): GeoPoint {
    const d = distKm / 6371.0088;
    const φ1 = (c.lat * Math.PI) / 180;
    const φ2 = Math.asin(Math.sin(φ1) * Math.cos(d) + Math.cos(φ1) * Math.sin(d) * Math.cos(bearing));
    const dλ = Math.atan2(
      Math.sin(bearing) * Math.sin(d) * Math.cos(φ1),
      Math.cos(d) - Math.sin(φ1) * Math.sin(φ2),
    );
    return { lat: (φ2 * 180) / Math.PI, lng: c.lng + (dλ * 180) / Math.PI };
  }

  it('find points just inside the circle in every direction', () => {
    fc.assert(
      fc.property(
        fc.record({ lng: freeLng, lat: freeLat }),
        fc.double({ min: 0.5, max: 150, noNaN: true }),
        fc.double({ min: 0, max: 2 * Math.PI, noNaN: true }),
        (center, radiusKm, bearing) => {
          const index = new CoverageIndex([
            entry('o', 'r', { kind: 'RADIUS', center, radiusKm }),
          ]);
          const p = destination(center, radiusKm * (1 - 1e-9), bearing);
          expect(keys(index.coveringAt({ point: p }))).toEqual(['o|r|RADIUS']);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('CoverageIndex remembered points', () => {
  const spatialKeys = (entries: CoverageEntry[], p: GeoPoint, accept: (e: CoverageEntry) => boolean) =>
    keys(bruteForceCoveringAt(entries, { point: p }).filter((h) => h.kind === 'RADIUS' || h.kind === 'POLYGON'))
      .filter((k) => accept(entries.find((e) => k.startsWith(`${e.offeringId}|${e.areaId}|`)) as CoverageEntry));

  it('skips removed areas, sees added ones, and forgets its lists on rebuild', () => {
    const circle = (id: string, km: number): CoverageEntry =>
      entry(id, `${id}-a`, { kind: 'RADIUS', center: SCHIEDAM, radiusKm: km });
    const index = new CoverageIndex([circle('o1', 5), circle('o2', 10)], { overflowLimit: 10 });
    const visited = () => {
      const ids: string[] = [];
      index.visitSpatial(VLAARDINGEN, () => true, (e) => ids.push(e.offeringId));
      return ids.sort();
    };
    index.rememberPoints([VLAARDINGEN, VLAARDINGEN]);
    expect(index.rememberedPoints).toBe(1);
    expect(visited()).toEqual(['o1', 'o2']);
    index.removeOffering('o1'); // tombstoned in the tree, still on the remembered list
    expect(visited()).toEqual(['o2']);
    index.upsertOffering('o3', [circle('o3', 8)]); // in the overflow set
    expect(visited()).toEqual(['o2', 'o3']);
    index.upsertOffering('o2', [circle('o2', 1)]); // no longer reaches Vlaardingen
    expect(visited()).toEqual(['o3']);
    index.rebuild();
    expect(index.rememberedPoints).toBe(0);
    expect(visited()).toEqual(['o3']);
  });

  it('visitSpatial equals brute force when the same points are asked again between changes', () => {
    fc.assert(
      fc.property(
        fc.array(offeringWithAreas, { minLength: 2, maxLength: 8 }),
        // A small pool of points, so most queries ask about a point already remembered.
        fc.array(point, { minLength: 1, maxLength: 4 }),
        fc.array(
          fc.oneof(
            { weight: 3, arbitrary: op },
            { weight: 4, arbitrary: fc.nat({ max: 7 }).map((i) => ({ op: 'ask' as const, i })) },
            { weight: 3, arbitrary: fc.constant({ op: 'remember' as const }) },
          ),
          { minLength: 1, maxLength: 50 },
        ),
        // Large overflow limits keep tombstones and overflow areas around between rebuilds.
        fc.integer({ min: 8, max: 60 }),
        // Mostly room for the whole pool; sometimes too little, so lists are forgotten.
        fc.integer({ min: 1, max: 6 }),
        fc.subarray([...OFFERINGS], { minLength: 4 }),
        // A query mask (0 = none); each offering gets a mask from its number.
        fc.integer({ min: 0, max: 7 }),
        (initial, points, ops, overflowLimit, pointMemoLimit, accepted, mask) => {
          const model = modelOf(initial);
          const maskOf = (e: CoverageEntry) => 1 << Number(e.offeringId.slice(1)) % 3;
          const index = new CoverageIndex(
            initial.flatMap((o) => o.entries),
            { overflowLimit, pointMemoLimit, maskOf },
          );
          // As visitSpatial requires: accept refuses entries whose mask shares no bit.
          const accept = (e: CoverageEntry) =>
            accepted.includes(e.offeringId) && (mask === 0 || (maskOf(e) & mask) !== 0);
          // Also ask at the centres of the radius areas, which lie inside at least that area
          // (random points alone rarely fall inside any shape). A copy: fast-check reuses inputs.
          const pool = [...points];
          for (const e of initial.flatMap((o) => o.entries)) {
            if (e.area.kind === 'RADIUS' && pool.length < 8) pool.push(e.area.center);
          }
          for (const o of ops) {
            if (o.op === 'upsert') {
              upsertBoth(index, model, o);
            } else if (o.op === 'remove') {
              index.removeOffering(o.id);
              model.delete(o.id);
            } else if (o.op === 'rebuild') {
              index.rebuild();
            } else if (o.op === 'remember') {
              index.rememberPoints(pool);
              expect(index.rememberedPoints).toBeLessThanOrEqual(Math.max(pointMemoLimit, 0));
            } else {
              const p = o.op === 'ask' ? pool[o.i % pool.length] : o.q.point;
              const seen: string[] = [];
              index.visitSpatial(
                p,
                accept,
                (e) => seen.push(`${e.offeringId}|${e.areaId}|${e.area.kind}`),
                mask,
              );
              expect(seen.sort()).toEqual(spatialKeys([...model.values()].flat(), p, accept));
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
