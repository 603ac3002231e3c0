import type { LinearRing } from '../geo/geo-types.js';
import { box } from '../geo/__fixtures__/rings.js';
import { coverageReach, drawnAreaKm2, geometryAreaKm2 } from './coverage-reach.js';

// coverageReach and the drawn surface at their edges: overlap counted only for places reached
// twice, nothing given, each kind of area's surface, and the smallest rings.

const ring = (lng: number, lat: number, size: number): LinearRing =>
  box(lng, lat, lng + size, lat + size);
const place = (lat: number, lng: number, municipalityCode: string, provinceCode = 'PV28') => ({
  point: { lat, lng },
  municipalityCode,
  provinceCode,
});

describe('coverageReach, edges', () => {
  it('counts as overlap only the places two areas reach, not those one area reaches', () => {
    const reach = coverageReach(
      [
        { kind: 'MUNICIPALITY', municipalityCode: 'GM0606' },
        { kind: 'POLYGON', geometry: { type: 'Polygon', coordinates: [ring(4.3, 51.9, 0.2)] } },
      ],
      [
        place(51.95, 4.35, 'GM0606'), // both
        place(51.95, 4.45, 'GM0622'), // polygon only
        place(52.3, 4.9, 'GM0606'), // municipality only
        place(52.37, 4.9, 'GM0363', 'PV27'), // neither
      ],
    );
    expect(reach).toEqual({
      schools: 3,
      municipalityCodes: ['GM0606', 'GM0622'],
      provinceCount: 1,
      schoolsInOverlap: 1,
      drawnAreaKm2: geometryAreaKm2({ type: 'Polygon', coordinates: [ring(4.3, 51.9, 0.2)] }),
      shareOfSchools: 0.75,
    });
  });

  it('reaches nothing, with a share of 0, when there are no places', () => {
    expect(coverageReach([{ kind: 'NATIONAL' }], [])).toEqual({
      schools: 0,
      municipalityCodes: [],
      provinceCount: 0,
      schoolsInOverlap: 0,
      drawnAreaKm2: 0,
      shareOfSchools: 0,
    });
  });
});

describe('drawnAreaKm2 and geometryAreaKm2, edges', () => {
  it('gives a polygon its surface, a circle πr², and a region none', () => {
    const geometry = { type: 'Polygon' as const, coordinates: [ring(4.4, 51.9, 0.1)] };
    expect(drawnAreaKm2({ kind: 'POLYGON', geometry })).toBe(geometryAreaKm2(geometry));
    expect(drawnAreaKm2({ kind: 'POLYGON', geometry })).toBeGreaterThan(75);
    expect(drawnAreaKm2({ kind: 'RADIUS', center: { lat: 52, lng: 5 }, radiusKm: 2 })).toBe(
      Math.PI * 4,
    );
    expect(drawnAreaKm2({ kind: 'PROVINCE', provinceCode: 'PV28' })).toBe(0);
  });

  it('adds the polygons of a MultiPolygon, each with its holes taken out', () => {
    const one = geometryAreaKm2({ type: 'Polygon', coordinates: [ring(4.4, 51.9, 0.1)] });
    const other = geometryAreaKm2({ type: 'Polygon', coordinates: [ring(5.4, 51.9, 0.1)] });
    const hole = geometryAreaKm2({ type: 'Polygon', coordinates: [ring(5.42, 51.92, 0.02)] });
    const multi = geometryAreaKm2({
      type: 'MultiPolygon',
      coordinates: [[ring(4.4, 51.9, 0.1)], [ring(5.4, 51.9, 0.1), ring(5.42, 51.92, 0.02)]],
    });
    expect(multi).toBeCloseTo(one + other - hole, 6);
  });

  it('measures a triangle, the smallest ring with a surface', () => {
    const triangle: LinearRing = [
      [4.4, 51.9],
      [4.5, 51.9],
      [4.4, 52.0],
      [4.4, 51.9],
    ];
    const square = geometryAreaKm2({ type: 'Polygon', coordinates: [ring(4.4, 51.9, 0.1)] });
    expect(geometryAreaKm2({ type: 'Polygon', coordinates: [triangle] })).toBeCloseTo(
      square / 2,
      0,
    );
  });
});
