import {
  pointInPolygon,
  validateAreaGeometry,
  type AreaGeometry,
  type LinearRing,
} from '@partnerwijzer/domain';
import { interiorPoint } from './interior-point.js';
import { repairDegenerateRings } from './ring-repair.js';

const square: LinearRing = [
  [5.0, 52.0],
  [5.2, 52.0],
  [5.2, 52.2],
  [5.0, 52.2],
  [5.0, 52.0],
];

/** The square with a zero-width spike (a→b→a) and a collinear fold-back on its top edge. */
const spiky: LinearRing = [
  [5.0, 52.0],
  [5.2, 52.0],
  [5.2, 52.2],
  [5.1, 52.2],
  [5.1, 52.3], // out and straight back
  [5.1, 52.2],
  [5.0, 52.2],
  [5.05, 52.2], // turns back along the edge
  [5.0, 52.2],
  [5.0, 52.0],
];

/** Two squares meeting at (5.2, 52.2), drawn as one ring that touches itself there. */
const pinched: LinearRing = [
  [5.0, 52.0],
  [5.2, 52.0],
  [5.2, 52.2],
  [5.4, 52.2],
  [5.4, 52.4],
  [5.2, 52.4],
  [5.2, 52.2],
  [5.0, 52.2],
  [5.0, 52.0],
];

/** A square whose ring makes a detour around an inner triangle touching the top-left corner. */
const withLobe: LinearRing = [
  [5.0, 52.0],
  [5.4, 52.0],
  [5.4, 52.4],
  [5.0, 52.4],
  [5.2, 52.2],
  [5.1, 52.2],
  [5.0, 52.4],
  [5.0, 52.0],
];

/** Its first and third sides really cross. */
const bowTie: LinearRing = [
  [5.0, 52.0],
  [5.2, 52.1],
  [5.0, 52.1],
  [5.2, 52.0],
  [5.0, 52.0],
];

/** A C shape whose centroid lies in its opening. */
const cShape: LinearRing = [
  [6.6, 52.6],
  [6.9, 52.6],
  [6.9, 52.64],
  [6.66, 52.64],
  [6.66, 52.76],
  [6.9, 52.76],
  [6.9, 52.8],
  [6.6, 52.8],
  [6.6, 52.6],
];

/** A Polygon of one ring. */
const polygon = (ring: LinearRing): AreaGeometry => ({ type: 'Polygon', coordinates: [ring] });

/** Repairs a ring the check refuses, and gives the repaired geometry with the check's verdict. */
function repairRefused(ring: LinearRing) {
  const input = polygon(ring);
  expect(validateAreaGeometry(input).ok).toBe(false);
  const { geometry, repaired } = repairDegenerateRings(input);
  expect(repaired).toBe(true);
  return { geometry, checked: validateAreaGeometry(geometry) };
}

describe('repairDegenerateRings', () => {
  it('leaves a valid polygon untouched (same object)', () => {
    const g = polygon(square);
    expect(repairDegenerateRings(g)).toEqual({ geometry: g, repaired: false });
  });

  it('removes a zero-width spike (a→b→a) and a collinear fold-back', () => {
    const { checked } = repairRefused(spiky);
    expect(checked.ok && checked.bbox).toEqual([5.0, 52.0, 5.2, 52.2]);
  });

  it('splits a ring that touches itself in one vertex into two polygons', () => {
    const { geometry, checked } = repairRefused(pinched);
    expect(checked.ok).toBe(true);
    const g = geometry as AreaGeometry;
    expect(g.type).toBe('MultiPolygon');
    for (const p of [
      { lng: 5.1, lat: 52.1 },
      { lng: 5.3, lat: 52.3 },
    ]) {
      expect(pointInPolygon(p, g)).toBe(true);
    }
    expect(pointInPolygon({ lng: 5.3, lat: 52.1 }, g)).toBe(false);
  });

  it('turns an inward lobe into a hole', () => {
    const { geometry } = repairDegenerateRings(polygon(withLobe));
    const g = geometry as AreaGeometry;
    expect(validateAreaGeometry(g).ok).toBe(true);
    expect(g).toMatchObject({ type: 'Polygon' });
    expect(pointInPolygon({ lng: 5.11, lat: 52.25 }, g)).toBe(false); // inside the lobe
    expect(pointInPolygon({ lng: 5.3, lat: 52.1 }, g)).toBe(true);
  });

  it('does not hide a real crossing', () => {
    const input = polygon(bowTie);
    expect(repairDegenerateRings(input).repaired).toBe(false);
    expect(validateAreaGeometry(input).ok).toBe(false);
  });
});

describe('interiorPoint', () => {
  it('uses the centroid of a compact shape', () => {
    const p = interiorPoint(polygon(square));
    expect(p.lng).toBeCloseTo(5.1, 9);
    expect(p.lat).toBeCloseTo(52.1, 9);
  });

  it('finds a point inside a C shape whose centroid is outside', () => {
    const c = polygon(cShape);
    const p = interiorPoint(c);
    expect(pointInPolygon(p, c)).toBe(true);
  });

  it('picks the largest polygon of a MultiPolygon', () => {
    const p = interiorPoint({
      type: 'MultiPolygon',
      coordinates: [
        [
          [
            [4.0, 52.0],
            [4.01, 52.0],
            [4.01, 52.01],
            [4.0, 52.0],
          ],
        ],
        [square],
      ],
    });
    expect(p.lng).toBeCloseTo(5.1, 9);
    expect(p.lat).toBeCloseTo(52.1, 9);
  });
});
