import { similarMunicipalities } from './similar.js';

describe('similarMunicipalities', () => {
  const all = [
    { code: 'GM0001', meanIntensity: 0.5, pupils: 10_000 },
    { code: 'GM0002', meanIntensity: 0.52, pupils: 11_000 },
    { code: 'GM0003', meanIntensity: 0.2, pupils: 10_000 },
    { code: 'GM0004', meanIntensity: 0.5, pupils: 500 },
    { code: 'GM0005', meanIntensity: 0.49, pupils: 9_000 },
    { code: 'GM0006', meanIntensity: 0.4, pupils: 0 },
  ];
  it('finds the nearest by intensity and size, never itself or an empty one', () => {
    const near = similarMunicipalities('GM0001', all, 2);
    expect(near.map((n) => n.code).sort()).toEqual(['GM0002', 'GM0005']);
    expect(similarMunicipalities('GM0001', all, 10).map((n) => n.code)).not.toContain('GM0006');
    expect(similarMunicipalities('GM0001', all, 10).map((n) => n.code)).not.toContain('GM0001');
    expect(similarMunicipalities('GM9999', all)).toEqual([]);
  });
});
