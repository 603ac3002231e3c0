import type { GeoPoint } from '../geo/geo-types.js';
import { isCoverageKind } from './coverage-area.js';
import { geometryAreaKm2 } from './coverage-reach.js';
import { areaContains } from './coverage-reference.js';

// The reference definition of coverage for code areas when the query has no code, the list of
// coverage kinds, and rings too short to enclose a surface.

const P: GeoPoint = { lat: 52, lng: 5 };

describe('areaContains for code areas', () => {
  it('a query without codes is in no code area, not even one filed without a code', () => {
    const noCode = undefined as unknown as string;
    expect(areaContains({ kind: 'PROVINCE', provinceCode: noCode }, { point: P })).toBe(false);
    expect(areaContains({ kind: 'MUNICIPALITY', municipalityCode: noCode }, { point: P })).toBe(
      false,
    );
  });

  it('a matching code is in the area', () => {
    expect(areaContains({ kind: 'PROVINCE', provinceCode: 'PV28' }, { point: P, provinceCode: 'PV28' })).toBe(true);
  });
});

describe('isCoverageKind', () => {
  it('knows the five kinds, in capitals only', () => {
    for (const k of ['NATIONAL', 'PROVINCE', 'MUNICIPALITY', 'RADIUS', 'POLYGON']) {
      expect(isCoverageKind(k)).toBe(true);
    }
    for (const k of ['CIRCLE', 'radius', '']) expect(isCoverageKind(k)).toBe(false);
  });
});

describe('geometryAreaKm2 of short rings', () => {
  it('a ring of two or three positions (not closed) has no surface', () => {
    const two: [number, number][] = [
      [5, 52],
      [5.1, 52],
    ];
    const three: [number, number][] = [
      [5, 52],
      [5.1, 52],
      [5.1, 52.1],
    ];
    expect(geometryAreaKm2({ type: 'Polygon', coordinates: [two] })).toBe(0);
    expect(geometryAreaKm2({ type: 'Polygon', coordinates: [three] })).toBe(0);
  });
});
