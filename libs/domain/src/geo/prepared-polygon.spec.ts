import fc from 'fast-check';
import type { AreaGeometry, GeoPoint, LinearRing, Position } from './geo-types.js';
import { pointInPolygon } from './point-in-polygon.js';
import { PreparedPolygon } from './prepared-polygon.js';

// PreparedPolygon must answer exactly as pointInPolygon: inside, outside, on an edge or a
// vertex, in holes, for Polygons and MultiPolygons, big and small.

const coord = (min: number, max: number) =>
  fc.oneof(
    fc.integer({ min: Math.round(min * 100), max: Math.round(max * 100) }).map((i) => i / 100),
    fc.double({ min, max, noNaN: true }),
  );

/** A star-shaped ring (strictly increasing angles, so simple) around a centre. */
const star = (cx: number, cy: number, radii: number[], scale = 1): LinearRing => {
  const ring: Position[] = radii.map((r, i) => {
    const a = (2 * Math.PI * i) / radii.length;
    return [cx + r * scale * Math.cos(a), cy + r * scale * Math.sin(a) * 0.6];
  });
  ring.push(ring[0]);
  return ring;
};

const polygonRings: fc.Arbitrary<LinearRing[]> = fc
  .record({
    cx: coord(4.2, 4.5),
    cy: coord(51.85, 52),
    radii: fc.array(fc.double({ min: 0.01, max: 0.1, noNaN: true }), {
      minLength: 3,
      maxLength: 300,
    }),
    hole: fc.boolean(),
  })
  .map(({ cx, cy, radii, hole }) => {
    const rings = [star(cx, cy, radii)];
    // A hole well inside the smallest radius.
    if (hole) rings.push(star(cx, cy, [0.004, 0.004, 0.004, 0.004, 0.004, 0.004]));
    return rings;
  });

const rect: fc.Arbitrary<LinearRing[]> = fc
  .record({ x: coord(4.2, 4.5), y: coord(51.85, 52), w: fc.integer({ min: 0, max: 20 }) })
  .map(({ x, y, w }) => [
    [
      [x, y],
      [x + w / 100, y],
      [x + w / 100, y + w / 200],
      [x, y + w / 200],
      [x, y],
    ],
  ]);

const geometry: fc.Arbitrary<AreaGeometry> = fc.oneof(
  fc.oneof(polygonRings, rect).map((coordinates) => ({ type: 'Polygon' as const, coordinates })),
  fc
    .array(fc.oneof(polygonRings, rect), { minLength: 1, maxLength: 3 })
    .map((coordinates) => ({ type: 'MultiPolygon' as const, coordinates })),
);

/** Random points, plus every vertex and edge midpoint of the geometry. */
function pointsFor(g: AreaGeometry, random: GeoPoint[]): GeoPoint[] {
  const out = [...random];
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  for (const rings of polygons) {
    for (const ring of rings) {
      for (let i = 0; i + 1 < ring.length; i += Math.max(1, Math.floor(ring.length / 40))) {
        const [x0, y0] = ring[i];
        const [x1, y1] = ring[i + 1];
        out.push({ lng: x0, lat: y0 }, { lng: (x0 + x1) / 2, lat: (y0 + y1) / 2 });
      }
    }
  }
  return out;
}

describe('PreparedPolygon', () => {
  it('answers exactly as pointInPolygon', () => {
    fc.assert(
      fc.property(
        geometry,
        fc.array(fc.record({ lng: coord(4.1, 4.7), lat: coord(51.8, 52.1) }), { maxLength: 60 }),
        (g, random) => {
          const prepared = new PreparedPolygon(g);
          for (const p of pointsFor(g, random)) {
            expect({ p, inside: prepared.contains(p) }).toEqual({
              p,
              inside: pointInPolygon(p, g),
            });
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('handles degenerate and unusable input like pointInPolygon', () => {
    const cases: AreaGeometry[] = [
      { type: 'Polygon', coordinates: [] },
      { type: 'Polygon', coordinates: [[]] },
      {
        type: 'Polygon',
        coordinates: [
          [
            [4.3, 51.9],
            [4.4, 51.9],
            [4.4, 51.9],
            [4.3, 51.9],
          ],
        ],
      },
      {
        type: 'Polygon',
        coordinates: [
          [
            [4.3, 51.9],
            [Number.NaN, 51.95],
            [4.4, 52],
            [4.3, 51.9],
          ],
        ],
      },
    ];
    const points: GeoPoint[] = [
      { lng: 4.3, lat: 51.9 },
      { lng: 4.35, lat: 51.9 },
      { lng: 4.35, lat: 51.95 },
      { lng: Number.NaN, lat: 51.9 },
    ];
    for (const g of cases) {
      const prepared = new PreparedPolygon(g);
      for (const p of points) expect(prepared.contains(p)).toBe(pointInPolygon(p, g));
    }
  });
});
