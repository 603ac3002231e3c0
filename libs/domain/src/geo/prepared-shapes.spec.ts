import fc from 'fast-check';
import type { AreaGeometry, GeoPoint, LinearRing, Position } from './geo-types.js';
import { haversineKm } from './haversine.js';
import { pointInPolygon } from './point-in-polygon.js';
import { PreparedCircle } from './prepared-circle.js';
import { PreparedPolygon } from './prepared-polygon.js';
import { box } from './__fixtures__/rings.js';

// The prepared shapes are only a faster way to get the same answers: compare them with the
// plain functions on random shapes, and on points chosen to sit on vertices, edges and circles.

const coord = (lo: number, hi: number) => fc.double({ min: lo, max: hi, noNaN: true });
const position: fc.Arbitrary<Position> = fc.tuple(coord(3, 7.5), coord(50.5, 53.7));
// Any ring, even self-intersecting: even-odd is defined for all of them.
const ring: fc.Arbitrary<LinearRing> = fc.array(position, { minLength: 3, maxLength: 60 });
const geometry: fc.Arbitrary<AreaGeometry> = fc.oneof(
  fc.array(ring, { minLength: 1, maxLength: 3 }).map((coordinates) => ({
    type: 'Polygon' as const,
    coordinates,
  })),
  fc
    .array(fc.array(ring, { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 3 })
    .map((coordinates) => ({ type: 'MultiPolygon' as const, coordinates })),
);

function allPositions(g: AreaGeometry): Position[] {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  return polys.flat(2);
}

/** Random points plus every vertex and the midpoint of every edge (the hard cases). */
function probes(g: AreaGeometry, random: GeoPoint[]): GeoPoint[] {
  const out = [...random];
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  for (const rings of polys) {
    for (const r of rings) {
      r.forEach((p, i) => {
        const q = r[(i + 1) % r.length];
        out.push({ lng: p[0], lat: p[1] });
        out.push({ lng: (p[0] + q[0]) / 2, lat: (p[1] + q[1]) / 2 });
        out.push({ lng: p[0], lat: (p[1] + q[1]) / 2 });
      });
    }
  }
  return out;
}

const point: fc.Arbitrary<GeoPoint> = fc.record({ lng: coord(2.5, 8), lat: coord(50, 54) });

describe('PreparedPolygon', () => {
  it('answers exactly as pointInPolygon, including on vertices and edges', () => {
    fc.assert(
      fc.property(geometry, fc.array(point, { maxLength: 40 }), (g, pts) => {
        const prepared = new PreparedPolygon(g);
        for (const p of probes(g, pts)) {
          if (prepared.contains(p) !== pointInPolygon(p, g)) return false;
        }
        return true;
      }),
      { numRuns: 300 },
    );
  });

  it('handles axis-parallel edges, a hole and a degenerate (flat) ring', () => {
    const square: AreaGeometry = {
      type: 'Polygon',
      coordinates: [box(5, 52, 6, 53), box(5.4, 52.4, 5.6, 52.6)],
    };
    const flat: AreaGeometry = {
      type: 'Polygon',
      coordinates: [
        [
          [5, 52],
          [6, 52],
          [5.5, 52],
        ],
      ],
    };
    for (const g of [square, flat]) {
      const prepared = new PreparedPolygon(g);
      for (const p of probes(g, [
        { lng: 5.5, lat: 52.5 },
        { lng: 5.2, lat: 52.2 },
        { lng: 5.5, lat: 52 },
        { lng: 5.5, lat: 52.0000000001 },
      ])) {
        expect(prepared.contains(p)).toBe(pointInPolygon(p, g));
      }
    }
  });

  it('falls back to pointInPolygon for geometry with non-finite coordinates', () => {
    const g: AreaGeometry = {
      type: 'Polygon',
      coordinates: [
        [
          [5, 52],
          [6, Number.NaN],
          [6, 53],
          [5, 53],
        ],
      ],
    };
    const prepared = new PreparedPolygon(g);
    for (const p of probes(g, [{ lng: 5.5, lat: 52.5 }])) {
      expect(prepared.contains(p)).toBe(pointInPolygon(p, g));
    }
    expect(allPositions(g)).toHaveLength(4);
  });
});

describe('PreparedCircle', () => {
  it('answers exactly as haversineKm(center, p) <= radiusKm', () => {
    fc.assert(
      fc.property(
        point,
        fc.double({ min: 0, max: 400, noNaN: true }),
        fc.array(point),
        (c, r, pts) => {
          const circle = new PreparedCircle(c, r);
          return pts.every((p) => circle.contains(p) === haversineKm(c, p) <= r);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('agrees on points placed exactly at the radius, the centre and far away', () => {
    fc.assert(
      fc.property(point, point, (c, p) => {
        const r = haversineKm(c, p); // p lies exactly on the circle
        const variants = [r, r * (1 - 1e-12), r * (1 + 1e-12), 0, 30_000, Number.NaN];
        return variants.every((radius) => {
          const circle = new PreparedCircle(c, radius);
          return (
            circle.contains(p) === haversineKm(c, p) <= radius &&
            circle.contains(c) === haversineKm(c, c) <= radius
          );
        });
      }),
      { numRuns: 500 },
    );
  });
});
