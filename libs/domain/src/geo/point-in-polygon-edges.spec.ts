import { EDGE_TOLERANCE_DEG, onSegment, pointInPolygon } from './point-in-polygon.js';
import type { LinearRing, PolygonGeometry } from './geo-types.js';
import { box } from './__fixtures__/rings.js';

// Cases at the rule's edges: the tolerance band, the bounding box that caps it, rays through
// vertices, empty rings. Coordinates are small so the tolerance (1e-10°) is exact enough.

const EPS = EDGE_TOLERANCE_DEG;
const poly = (...rings: LinearRing[]): PolygonGeometry => ({ type: 'Polygon', coordinates: rings });
const at = (lng: number, lat: number) => ({ lng, lat });

describe('onSegment', () => {
  it('a point on the line through the segment but past either end is not on it', () => {
    // Horizontal, vertical and slanted segments, each end in turn.
    expect(onSegment(2, 0, 0, 0, 1, 0)).toBe(false);
    expect(onSegment(-1, 0, 0, 0, 1, 0)).toBe(false);
    expect(onSegment(0, 2, 0, 0, 0, 1)).toBe(false);
    expect(onSegment(0, -1, 0, 0, 0, 1)).toBe(false);
    expect(onSegment(2, 2, 0, 0, 1, 1)).toBe(false);
    expect(onSegment(-1, -1, 0, 0, 1, 1)).toBe(false);
  });

  it('an end itself, and a point within the tolerance past it, are on it', () => {
    expect(onSegment(1, 0, 0, 0, 1, 0)).toBe(true);
    expect(onSegment(1 + EPS / 2, 0, 0, 0, 1, 0)).toBe(true);
    expect(onSegment(0, 1 + EPS / 2, 0, 0, 0, 1)).toBe(true);
    expect(onSegment(1 + 3 * EPS, 0, 0, 0, 1, 0)).toBe(false);
    expect(onSegment(0, -3 * EPS, 0, 0, 0, 1)).toBe(false);
  });

  it('the tolerance is a distance, whatever the segment length', () => {
    // Half the tolerance from a segment 2 or 8 long: on it; three times: not.
    for (const len of [2, 8]) {
      expect(onSegment(len / 2, EPS / 2, 0, 0, len, 0)).toBe(true);
      expect(onSegment(len / 2, 3 * EPS, 0, 0, len, 0)).toBe(false);
    }
    // Short segment: the same distance.
    expect(onSegment(0.25, EPS / 2, 0, 0, 0.5, 0)).toBe(true);
    expect(onSegment(0.25, 3 * EPS, 0, 0, 0.5, 0)).toBe(false);
  });
});

describe('pointInPolygon at the edges of its rules', () => {
  const square = poly(box(0, 0, 1, 1));

  it('within the tolerance but outside the bounding box: not inside, on every side', () => {
    // onSegment alone would say "on the edge"; the box (the one geometryBBox computes) says no.
    expect(pointInPolygon(at(-EPS / 2, 0.5), square)).toBe(false);
    expect(pointInPolygon(at(1 + EPS / 2, 0.5), square)).toBe(false);
    expect(pointInPolygon(at(0.5, -EPS / 2), square)).toBe(false);
    expect(pointInPolygon(at(0.5, 1 + EPS / 2), square)).toBe(false);
    // Exactly on each side: inside.
    for (const p of [at(0, 0.5), at(1, 0.5), at(0.5, 0), at(0.5, 1)]) {
      expect(pointInPolygon(p, square)).toBe(true);
    }
  });

  it('a non-finite coordinate in the point, either one, is never inside', () => {
    expect(pointInPolygon(at(Number.NaN, 0.5), square)).toBe(false);
    expect(pointInPolygon(at(0.5, Number.NaN), square)).toBe(false);
    expect(pointInPolygon(at(Number.POSITIVE_INFINITY, 0.5), square)).toBe(false);
  });

  it('an empty ring (a hole with no positions) changes nothing', () => {
    const withEmptyHole = poly(square.coordinates[0], []);
    expect(pointInPolygon(at(0.5, 0.5), withEmptyHole)).toBe(true);
    expect(pointInPolygon(at(2, 2), withEmptyHole)).toBe(false);
  });

  it('a ray through a vertex counts it once (a notched square, both orientations)', () => {
    // Square with a V-notch from the top down to (2, 2). The ray to the east from (1, 2) runs
    // through the notch's vertex; the point is inside. (2, 3) is in the notch: outside.
    const ring: LinearRing = [
      [0, 0],
      [4, 0],
      [4, 4],
      [2, 2],
      [0, 4],
      [0, 0],
    ];
    for (const r of [ring, [...ring].reverse()]) {
      const g = poly(r);
      expect(pointInPolygon(at(1, 2), g)).toBe(true);
      expect(pointInPolygon(at(3, 2), g)).toBe(true);
      expect(pointInPolygon(at(2, 3), g)).toBe(false);
      expect(pointInPolygon(at(0.25, 3.5), g)).toBe(true);
      expect(pointInPolygon(at(1, 3.5), g)).toBe(false);
    }
  });

  it('a ray along a horizontal edge and through two vertices (a diamond, both orientations)', () => {
    const diamond: LinearRing = [
      [0, -1],
      [1, 0],
      [0, 1],
      [-1, 0],
      [0, -1],
    ];
    for (const r of [diamond, [...diamond].reverse()]) {
      const g = poly(r);
      expect(pointInPolygon(at(0, 0), g)).toBe(true);
      expect(pointInPolygon(at(-0.5, 0), g)).toBe(true);
      expect(pointInPolygon(at(0.9, 0.5), g)).toBe(false);
    }
    // A step: the ray from (1, 1) runs along the top edge of the lower block.
    const step = poly([
      [0, 0],
      [3, 0],
      [3, 1],
      [2, 1],
      [2, 2],
      [0, 2],
      [0, 0],
    ]);
    expect(pointInPolygon(at(1, 1), step)).toBe(true);
    expect(pointInPolygon(at(2.5, 1.5), step)).toBe(false);
    expect(pointInPolygon(at(1, 1.5), step)).toBe(true);
  });
});
