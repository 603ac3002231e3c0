import { box } from '../geo/__fixtures__/rings.js';
import { coverageReach, geometryAreaKm2 } from './coverage-reach.js';

const square = (lng: number, lat: number, size: number) => ({
  type: 'Polygon' as const,
  coordinates: [box(lng, lat, lng + size, lat + size)],
});

const places = [
  { point: { lat: 51.92, lng: 4.4 }, municipalityCode: 'GM0606', provinceCode: 'PV28' },
  { point: { lat: 51.92, lng: 4.48 }, municipalityCode: 'GM0599', provinceCode: 'PV28' },
  { point: { lat: 52.37, lng: 4.9 }, municipalityCode: 'GM0363', provinceCode: 'PV27' },
];

describe('coverageReach', () => {
  it('counts schools, municipalities and overlap with the one definition of coverage', () => {
    const reach = coverageReach(
      [
        { kind: 'RADIUS', center: { lat: 51.92, lng: 4.4 }, radiusKm: 10 },
        { kind: 'MUNICIPALITY', municipalityCode: 'GM0606' },
      ],
      places,
    );
    expect(reach).toMatchObject({
      schools: 2,
      municipalityCodes: ['GM0599', 'GM0606'],
      provinceCount: 1,
      schoolsInOverlap: 1,
    });
    expect(reach.drawnAreaKm2).toBeCloseTo(Math.PI * 100, 6);
    expect(reach.shareOfSchools).toBeCloseTo(2 / 3, 6);
  });

  it('measures polygons on the sphere, holes taken out', () => {
    // 0.1° × 0.1° at 52° N: about 11.1 km × 6.85 km.
    expect(geometryAreaKm2(square(4.4, 51.9, 0.1))).toBeGreaterThan(75);
    expect(geometryAreaKm2(square(4.4, 51.9, 0.1))).toBeLessThan(77.5);
    const withHole = square(4.4, 51.9, 0.1);
    withHole.coordinates.push(square(4.42, 51.92, 0.02).coordinates[0]!);
    expect(geometryAreaKm2(withHole)).toBeCloseTo(
      geometryAreaKm2(square(4.4, 51.9, 0.1)) - geometryAreaKm2(square(4.42, 51.92, 0.02)),
      6,
    );
  });
});
