import { box } from '../geo/__fixtures__/rings.js';
import { area, HILVERSUM, offering, SCHIEDAM } from './__fixtures__/scenario.js';
import { MatchEngine } from './match-engine.js';

describe('CoverageCounter.coveringAreas', () => {
  const engine = () =>
    new MatchEngine([
      offering({
        id: 'mun-and-prov',
        coverage: [area.municipality('m', 'GM0606'), area.province('p', 'PV28')],
      }),
      offering({ id: 'prov', coverage: [area.province('p', 'PV28')] }),
      offering({ id: 'radius', coverage: [area.radius('r', SCHIEDAM.point, 5)] }),
      offering({
        id: 'polygon-and-mun',
        coverage: [
          area.municipality('m', 'GM0606'),
          area.polygon('poly', [box(4.35, 51.89, 4.45, 51.95)]),
        ],
      }),
      // Fit is not checked: a VO-only offering still reaches the place.
      offering({ id: 'vo', sectors: ['VO'], coverage: [area.municipality('m', 'GM0606')] }),
      offering({ id: 'national' }),
      offering({
        id: 'national-and-prov',
        coverage: [area.national('n'), area.province('p', 'PV28')],
      }),
      offering({ id: 'elsewhere', coverage: [area.municipality('h', 'GM0402')] }),
      // Not matchable, so filed nowhere.
      offering({ id: 'paused', status: 'PAUSED', coverage: [area.municipality('m', 'GM0606')] }),
    ]);

  it('names each offering that reaches the place through a local area with its most local kind', () => {
    expect(engine().coveringAreas(SCHIEDAM)).toEqual(
      new Map([
        ['mun-and-prov', 'MUNICIPALITY'],
        ['prov', 'PROVINCE'],
        ['radius', 'RADIUS'],
        ['polygon-and-mun', 'POLYGON'],
        ['vo', 'MUNICIPALITY'],
        ['national-and-prov', 'PROVINCE'],
      ]),
    );
  });

  it('finds only the areas of the other place elsewhere', () => {
    expect(engine().coveringAreas(HILVERSUM)).toEqual(new Map([['elsewhere', 'MUNICIPALITY']]));
  });

  it('finds a radius-only offering on its own', () => {
    const e = new MatchEngine([
      offering({ id: 'radius', coverage: [area.radius('r', SCHIEDAM.point, 5)] }),
    ]);
    expect(e.coveringAreas({ point: SCHIEDAM.point })).toEqual(new Map([['radius', 'RADIUS']]));
  });
});
