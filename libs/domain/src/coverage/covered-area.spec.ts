import { box } from '../geo/__fixtures__/rings.js';
import { validateAreaGeometry } from '../geo/validate-geometry.js';
import { coverageReach, geometryAreaKm2 } from './coverage-reach.js';
import { coveredAreaKm2, mergeOverlappingParts } from './covered-area.js';

// The km² a partner reads is the surface actually covered: an overlap counts once.

const circle = (lng: number, radiusKm: number) =>
  ({ kind: 'RADIUS', center: { lat: 51.92, lng }, radiusKm }) as const;

describe('coveredAreaKm2', () => {
  it('counts the overlap of two circles once (the sum said 68.1 km² for these two)', () => {
    const one = Math.PI * 3.29 * 3.29;
    // Centres 0.04° apart at 51.92° N: about 2.75 km, so the circles overlap widely.
    const two = [circle(4.4, 3.29), circle(4.44, 3.29)];
    const reach = coverageReach(two, []);
    expect(2 * one).toBeCloseTo(68.0, 0);
    // The lens of two circles of radius r with centres c apart.
    const r = 3.29;
    const c = 0.04 * (Math.PI / 180) * 6371.0088 * Math.cos(51.92 * (Math.PI / 180));
    const lens = 2 * r * r * Math.acos(c / (2 * r)) - (c / 2) * Math.sqrt(4 * r * r - c * c);
    expect(reach.drawnAreaKm2).toBeCloseTo(2 * one - lens, 1);
    expect(reach.drawnAreaKm2).toBeLessThan(2 * one - 10);
  });

  it('keeps a lone circle exact and areas apart as their sum', () => {
    expect(coveredAreaKm2([circle(4.4, 10)])).toBe(Math.PI * 100);
    expect(coveredAreaKm2([circle(4.4, 1), circle(5.4, 1)])).toBe(2 * Math.PI);
  });

  it('counts a drawing inside a circle once, and a region not at all', () => {
    const square = { type: 'Polygon' as const, coordinates: [box(4.39, 51.91, 4.41, 51.93)] };
    expect(
      coveredAreaKm2([
        circle(4.4, 10),
        { kind: 'POLYGON', geometry: square },
        { kind: 'MUNICIPALITY', municipalityCode: 'GM0606' },
      ]),
    ).toBeCloseTo(Math.PI * 100, 6);
  });

  it('counts the overlapping parts of a MultiPolygon once', () => {
    const geometry = {
      type: 'MultiPolygon' as const,
      coordinates: [[box(4.4, 51.9, 4.5, 52)], [box(4.45, 51.9, 4.55, 52)]],
    };
    const whole = geometryAreaKm2({ type: 'Polygon', coordinates: [box(4.4, 51.9, 4.55, 52)] });
    expect(coveredAreaKm2([{ kind: 'POLYGON', geometry }])).toBeCloseTo(whole, 3);
  });
});

describe('mergeOverlappingParts', () => {
  it('merges overlapping parts into one valid polygon covering the same surface', () => {
    const overlapping = {
      type: 'MultiPolygon' as const,
      coordinates: [[box(4.4, 51.9, 4.5, 52)], [box(4.45, 51.9, 4.55, 52)]],
    };
    const merged = mergeOverlappingParts(overlapping);
    expect(merged.type).toBe('Polygon');
    expect(validateAreaGeometry(merged).ok).toBe(true);
    expect(geometryAreaKm2(merged)).toBeCloseTo(
      geometryAreaKm2({ type: 'Polygon', coordinates: [box(4.4, 51.9, 4.55, 52)] }),
      6,
    );
  });

  it('leaves parts that are apart or only share a side as they are', () => {
    const apart = {
      type: 'MultiPolygon' as const,
      coordinates: [[box(4.4, 51.9, 4.5, 52)], [box(4.5, 51.9, 4.6, 52)], [box(5, 52, 5.1, 52.1)]],
    };
    expect(mergeOverlappingParts(apart)).toBe(apart);
    const polygon = { type: 'Polygon' as const, coordinates: [box(4.4, 51.9, 4.5, 52)] };
    expect(mergeOverlappingParts(polygon)).toBe(polygon);
  });
});
