import { pointInPolygon, validateAreaGeometry, type AreaGeometry } from '@partnerwijzer/domain';
import { interiorPoint } from './interior-point.js';
import { repairDegenerateRings } from './ring-repair.js';

const square = [
  [5.0, 52.0],
  [5.2, 52.0],
  [5.2, 52.2],
  [5.0, 52.2],
  [5.0, 52.0],
];

describe('repairDegenerateRings', () => {
  it('leaves a valid polygon untouched (same object)', () => {
    const g = { type: 'Polygon', coordinates: [square] };
    expect(repairDegenerateRings(g)).toEqual({ geometry: g, repaired: false });
  });

  it('removes a zero-width spike (a→b→a) and a collinear fold-back', () => {
    const spiky = {
      type: 'Polygon',
      coordinates: [
        [
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
        ],
      ],
    };
    expect(validateAreaGeometry(spiky).ok).toBe(false);
    const { geometry, repaired } = repairDegenerateRings(spiky);
    expect(repaired).toBe(true);
    const checked = validateAreaGeometry(geometry);
    expect(checked.ok && checked.bbox).toEqual([5.0, 52.0, 5.2, 52.2]);
  });

  it('splits a ring that touches itself in one vertex into two polygons', () => {
    // Two squares meeting at (5.2, 52.2), drawn as one ring.
    const pinched = {
      type: 'Polygon',
      coordinates: [
        [
          [5.0, 52.0],
          [5.2, 52.0],
          [5.2, 52.2],
          [5.4, 52.2],
          [5.4, 52.4],
          [5.2, 52.4],
          [5.2, 52.2],
          [5.0, 52.2],
          [5.0, 52.0],
        ],
      ],
    };
    expect(validateAreaGeometry(pinched).ok).toBe(false);
    const { geometry, repaired } = repairDegenerateRings(pinched);
    expect(repaired).toBe(true);
    const checked = validateAreaGeometry(geometry);
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
    // A square whose ring makes a detour around an inner triangle touching the top-left corner.
    const withLobe = {
      type: 'Polygon',
      coordinates: [
        [
          [5.0, 52.0],
          [5.4, 52.0],
          [5.4, 52.4],
          [5.0, 52.4],
          [5.2, 52.2],
          [5.1, 52.2],
          [5.0, 52.4],
          [5.0, 52.0],
        ],
      ],
    };
    const { geometry } = repairDegenerateRings(withLobe);
    const g = geometry as AreaGeometry;
    expect(validateAreaGeometry(g).ok).toBe(true);
    expect(g).toMatchObject({ type: 'Polygon' });
    expect(pointInPolygon({ lng: 5.11, lat: 52.25 }, g)).toBe(false); // inside the lobe
    expect(pointInPolygon({ lng: 5.3, lat: 52.1 }, g)).toBe(true);
  });

  it('does not hide a real crossing', () => {
    const bowTie = {
      type: 'Polygon',
      coordinates: [
        [
          [5.0, 52.0],
          [5.2, 52.1],
          [5.0, 52.1],
          [5.2, 52.0],
          [5.0, 52.0],
        ],
      ],
    };
    expect(repairDegenerateRings(bowTie).repaired).toBe(false);
    expect(validateAreaGeometry(bowTie).ok).toBe(false);
  });
});

describe('interiorPoint', () => {
  it('uses the centroid of a compact shape', () => {
    const p = interiorPoint({ type: 'Polygon', coordinates: [square as [number, number][]] });
    expect(p.lng).toBeCloseTo(5.1, 9);
    expect(p.lat).toBeCloseTo(52.1, 9);
  });

  it('finds a point inside a C shape whose centroid is outside', () => {
    const c: AreaGeometry = {
      type: 'Polygon',
      coordinates: [
        [
          [6.6, 52.6],
          [6.9, 52.6],
          [6.9, 52.64],
          [6.66, 52.64],
          [6.66, 52.76],
          [6.9, 52.76],
          [6.9, 52.8],
          [6.6, 52.8],
          [6.6, 52.6],
        ],
      ],
    };
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
        [square as [number, number][]],
      ],
    });
    expect(p.lng).toBeCloseTo(5.1, 9);
    expect(p.lat).toBeCloseTo(52.1, 9);
  });
});
