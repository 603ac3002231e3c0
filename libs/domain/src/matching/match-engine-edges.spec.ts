import { area, NOW, offering, SCHIEDAM } from './__fixtures__/scenario.js';
import { MatchEngine } from './match-engine.js';

const need = { needs: [{ code: 'EXTRA_LEERTIJD' as const }], now: NOW };

describe('MatchEngine pass-throughs', () => {
  it('starts empty without offerings', () => {
    const engine = new MatchEngine();
    expect(engine.size).toBe(0);
    expect(engine.match({ ...SCHIEDAM, ...need }).totalMatches).toBe(0);
  });

  it('remembers the points it is given for the spatial areas', () => {
    const engine = new MatchEngine([
      offering({ id: 'r', coverage: [area.radius('r', SCHIEDAM.point, 5)] }),
    ]);
    expect(engine.rememberedPoints).toBe(0);
    engine.rememberPoints([SCHIEDAM.point, { lat: 52.0, lng: 5.0 }]);
    expect(engine.rememberedPoints).toBe(2);
    expect(engine.match({ ...SCHIEDAM, ...need }).matches.map((m) => m.offeringId)).toEqual(['r']);
  });

  it('answers resultsFor and coveringAreas through the matcher and the counter', () => {
    const engine = new MatchEngine([
      offering({ id: 'm', coverage: [area.municipality('m', 'GM0606')] }),
    ]);
    expect([...engine.resultsFor(['m'], { ...SCHIEDAM, ...need }).keys()]).toEqual(['m']);
    expect(engine.coveringAreas(SCHIEDAM)).toEqual(new Map([['m', 'MUNICIPALITY']]));
  });
});
