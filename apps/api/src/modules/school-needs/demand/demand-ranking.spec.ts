import { haversineKm, type InterventionCode } from '@partnerwijzer/domain';
import { nearestInside, rankDemand, type DemandCandidate } from './demand-ranking.js';

const base: DemandCandidate = {
  vestigingscode: 'ZZ0001',
  name: 'A',
  city: 'X',
  municipalityCode: 'GM0001',
  schoolType: 'BAO',
  pupils: 200,
  location: { lat: 52, lng: 5 },
  inArea: true,
  distanceKm: null,
  schoolweging: null,
  achterstandsscore: null,
  achterstandsscorePupils: null,
  profile: null,
  coverage: new Map(),
};

describe('demand ranking', () => {
  it('finds the nearest school inside within the distance, as a brute-force scan does', () => {
    const inside = Array.from({ length: 60 }, (_, i) => ({
      lat: 51 + ((i * 37) % 100) / 40,
      lng: 4 + ((i * 53) % 100) / 35,
    }));
    const outside = Array.from({ length: 300 }, (_, i) => ({
      key: String(i),
      point: { lat: 50.8 + ((i * 29) % 113) / 40, lng: 3.6 + ((i * 71) % 127) / 35 },
    }));
    const got = nearestInside(inside, outside, 5);
    for (const o of outside) {
      const best = Math.min(...inside.map((p) => haversineKm(p, o.point)));
      if (best <= 5) expect(got.get(o.key)).toBeCloseTo(best, 9);
      else expect(got.has(o.key)).toBe(false);
    }
    expect(got.size).toBeGreaterThan(0);
  });

  it('counts only applicable types, leaves met needs out, and ranks by unmet need', () => {
    const codes: InterventionCode[] = ['VVE_KANSRIJKE_START', 'MENTORING'];
    const ranked = rankDemand(
      [
        { ...base, vestigingscode: 'VO', name: 'VO', schoolType: 'VO', pupils: 800 },
        {
          ...base,
          vestigingscode: 'MET',
          name: 'Met',
          pupils: 1000,
          coverage: new Map([
            ['MENTORING', { offerings: 1, local: 1 }],
            ['VVE_KANSRIJKE_START', { offerings: 1, local: 1 }],
          ]),
        },
        { ...base, vestigingscode: 'SMALL', name: 'Small', pupils: 100 },
        {
          ...base,
          vestigingscode: 'OUT',
          name: 'Out',
          inArea: false,
          distanceKm: 3.14159,
          profile: [{ code: 'MENTORING', priority: 'HIGH' }],
        },
      ],
      codes,
    );
    expect(ranked.map((r) => r.vestigingscode)).toEqual(['VO', 'OUT', 'SMALL']);
    // VVE does not apply at VO: only mentoring counts there.
    expect(ranked[0]!.needs.map((n) => n.interventionCode)).toEqual(['MENTORING']);
    // The profile lists mentoring only: VVE is not needed there; its priority is shown.
    expect(ranked[1]!.needs).toEqual([
      expect.objectContaining({
        interventionCode: 'MENTORING',
        source: 'PROFILE',
        priority: 'HIGH',
        met: 'NONE',
      }),
    ]);
    expect(ranked[1]!.distanceKm).toBe(3.1);
    expect(ranked[2]!.needs.map((n) => n.source)).toEqual(['DEFAULT', 'DEFAULT']);
  });
});
