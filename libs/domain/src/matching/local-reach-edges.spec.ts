import { area, offering, SCHIEDAM } from './__fixtures__/scenario.js';
import { MatchEngine } from './match-engine.js';

// localReach with and without a choice of intervention types: the need groups it skips must be
// exactly those that meet none of the chosen types.

const engine = () =>
  new MatchEngine([
    offering({
      id: 'gemeente',
      interventionCodes: ['EXTRA_LEERTIJD'],
      coverage: [area.municipality('gm', 'GM0606')],
    }),
    offering({
      id: 'provincie',
      interventionCodes: ['MENTORING'],
      coverage: [area.province('pv', 'PV28')],
    }),
    offering({ id: 'landelijk', interventionCodes: ['MENTORING'] }),
    offering({
      id: 'beide',
      interventionCodes: ['EXTRA_LEERTIJD'],
      coverage: [area.national('beide-nl'), area.municipality('beide-gm', 'GM0606')],
    }),
  ]);
const places = [
  { ...SCHIEDAM, schoolType: 'BAO' as const },
  { ...SCHIEDAM, schoolType: 'BAO' as const },
];
const summary = (outcome: ReturnType<MatchEngine['localReach']>) => ({
  local: outcome.local.map((r) => [r.offering.id, r.areaIds, r.places, r.national]),
  nationalOnly: outcome.nationalOnly,
});

/** The reach over every type. */
const everyType = {
  // Same number of places: by title ("Aanbod beide" < "Aanbod gemeente" < ...).
  local: [
    ['beide', ['beide-gm'], 2, true],
    ['gemeente', ['gm'], 2, false],
    ['provincie', ['pv'], 2, false],
  ],
  nationalOnly: 1,
};

describe('localReach and the chosen intervention types', () => {
  it('finds every offering when asked for every type', () => {
    expect(summary(engine().localReach(places))).toEqual(everyType);
  });

  it('takes an empty choice of types as no restriction', () => {
    expect(summary(engine().localReach(places, []))).toEqual(everyType);
  });

  it('keeps only offerings of the chosen type, through code and national areas alike', () => {
    expect(summary(engine().localReach(places, ['MENTORING']))).toEqual({
      local: [['provincie', ['pv'], 2, false]],
      nationalOnly: 1,
    });
    expect(summary(engine().localReach(places, ['EXTRA_LEERTIJD']))).toEqual({
      local: [
        ['beide', ['beide-gm'], 2, true],
        ['gemeente', ['gm'], 2, false],
      ],
      nationalOnly: 0,
    });
  });
});
