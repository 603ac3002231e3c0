import { EARTH_RADIUS_KM, haversineKm } from './haversine.js';

describe('haversineKm', () => {
  it('is zero for the same point and symmetric', () => {
    const utrecht = { lat: 52.0907, lng: 5.1214 };
    const arnhem = { lat: 51.9851, lng: 5.8987 };
    expect(haversineKm(utrecht, utrecht)).toBe(0);
    expect(haversineKm(utrecht, arnhem)).toBeCloseTo(haversineKm(arnhem, utrecht), 10);
  });

  it('matches known Dutch distances', () => {
    const amsterdam = { lat: 52.3728, lng: 4.8936 };
    const rotterdam = { lat: 51.9225, lng: 4.4792 };
    const groningen = { lat: 53.2194, lng: 6.5665 };
    expect(haversineKm(amsterdam, rotterdam)).toBeGreaterThan(57);
    expect(haversineKm(amsterdam, rotterdam)).toBeLessThan(59);
    expect(haversineKm(amsterdam, groningen)).toBeGreaterThan(142);
    expect(haversineKm(amsterdam, groningen)).toBeLessThan(147);
  });

  it('gives one degree of latitude as R·π/180', () => {
    expect(haversineKm({ lat: 52, lng: 5 }, { lat: 53, lng: 5 })).toBeCloseTo(
      (EARTH_RADIUS_KM * Math.PI) / 180,
      6,
    );
  });

  it('stays finite for antipodal points', () => {
    expect(haversineKm({ lat: 0, lng: 0 }, { lat: 0, lng: 180 })).toBeCloseTo(
      Math.PI * EARTH_RADIUS_KM,
      6,
    );
  });
});
