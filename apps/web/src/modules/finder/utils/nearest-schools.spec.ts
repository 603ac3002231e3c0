import { describe, expect, it } from '@jest/globals';

import { distanceKm, nearestSchools } from './nearest-schools';

describe('nearestSchools', () => {
  const schiedam = { lat: 51.9192, lng: 4.3886 };
  const points = [
    { code: 'far', lat: 53.2194, lng: 6.5665 }, // Groningen
    { code: 'near', lat: 51.92, lng: 4.39 },
    { code: 'mid', lat: 51.9225, lng: 4.4792 }, // Rotterdam
  ];

  it('measures great-circle distances', () => {
    expect(Math.round(distanceKm(schiedam, { lat: 51.9225, lng: 4.4792 }))).toBe(6);
  });

  it('orders the points nearest first and keeps the count', () => {
    const found = nearestSchools(points, schiedam, 2);
    expect(found.map((p) => p.code)).toEqual(['near', 'mid']);
    expect(found[1]!.km).toBeCloseTo(6.2, 0);
  });
});
