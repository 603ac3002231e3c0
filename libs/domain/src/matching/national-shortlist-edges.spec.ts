import type { InterventionCode } from '../taxonomy/intervention-type.js';
import { daysAgo, HILVERSUM, NOW, offering } from './__fixtures__/scenario.js';
import { compileOffering, prepareQuery } from './fit.js';
import { MatchEngine } from './match-engine.js';
import type { MatchableOffering, MatchQuery } from './match-types.js';
import { buildShortlist } from './national-shortlist.js';

// The national shortlist built directly (its order and best-per-mask), and its cache key seen
// through MatchEngine: two query shapes that must not share a list.

const entry = (o: MatchableOffering) => {
  const slot = compileOffering(o);
  return { slot, area: slot.areas.get(`${o.id}-nl`)! };
};
const q = (codes: InterventionCode[], extra: Partial<MatchQuery> = {}) =>
  prepareQuery({ ...HILVERSUM, needs: codes.map((code) => ({ code })), now: NOW, ...extra });

// National, evidence 0, need met in full: needs 450 + locality 0.2 → 30, then freshness (100
// when confirmed within 180 days, 0 after 730) and verified (100).
const verifiedFresh = (id: string, extra: Partial<MatchableOffering> = {}) =>
  offering({ id, ...extra }); // 680
const pendingFresh = (id: string, extra: Partial<MatchableOffering> = {}) =>
  offering({ id, organisationStatus: 'PENDING', ...extra }); // 580
const pendingStale = (id: string, extra: Partial<MatchableOffering> = {}) =>
  offering({ id, organisationStatus: 'PENDING', lastConfirmedAt: daysAgo(1000), ...extra }); // 480
const full = { remainingCapacity: 0 };

describe('buildShortlist: ranking order', () => {
  it('puts offerings that are not full first, then the higher score, then the smaller id', () => {
    const list = buildShortlist(
      [
        verifiedFresh('f', full),
        pendingStale('l'),
        verifiedFresh('h2'),
        pendingStale('e', full),
        pendingFresh('m'),
        verifiedFresh('h1'),
      ].map(entry),
      q(['EXTRA_LEERTIJD']),
    );
    expect(list.items.map((i) => [i.slot.id, i.score])).toEqual([
      ['h1', 680],
      ['h2', 680],
      ['m', 580],
      ['l', 480],
      ['f', 680],
      ['e', 480],
    ]);
  });

  it('gives the same order whatever order the offerings come in', () => {
    const offerings = [pendingFresh('m'), verifiedFresh('f', full), verifiedFresh('a')];
    const orders = [
      [0, 1, 2],
      [2, 1, 0],
      [1, 0, 2],
      [1, 2, 0],
    ];
    for (const order of orders) {
      const list = buildShortlist(
        order.map((i) => entry(offerings[i])),
        q(['EXTRA_LEERTIJD']),
      );
      expect(list.items.map((i) => i.slot.id)).toEqual(['a', 'm', 'f']);
    }
  });

  it('leaves out what does not fit, and collects the needs met and languages of the rest', () => {
    const list = buildShortlist(
      [
        pendingFresh('x', { interventionCodes: ['MENTORING'], languages: ['EN'] }),
        pendingFresh('y', { interventionCodes: ['TAAL_LEZEN', 'VVE_KANSRIJKE_START'] }),
        pendingFresh('z', { interventionCodes: ['OVERGANGEN'], languages: ['pl'] }),
      ].map(entry),
      q(['TAAL_LEZEN', 'MENTORING']),
    );
    expect(list.items.map((i) => i.slot.id).sort()).toEqual(['x', 'y']);
    // TAAL_LEZEN is bit 4 (16), MENTORING bit 7 (128).
    expect(list.metUnion).toBe(144);
    expect([...list.languages]).toEqual(['en']);
  });
});

describe('buildShortlist: the best offering per need mask', () => {
  it('keeps per mask the highest score that is not full, a tie going to the smaller id', () => {
    const list = buildShortlist(
      [
        pendingStale('a-low', { interventionCodes: ['EXTRA_LEERTIJD'] }),
        verifiedFresh('a-full', { interventionCodes: ['EXTRA_LEERTIJD'], ...full }),
        verifiedFresh('a-high', { interventionCodes: ['EXTRA_LEERTIJD'] }),
        pendingFresh('b2', { interventionCodes: ['ZORG_IN_SCHOOL'] }),
        pendingFresh('b1', { interventionCodes: ['ZORG_IN_SCHOOL'] }),
        pendingFresh('b3', { interventionCodes: ['ZORG_IN_SCHOOL'] }),
      ].map(entry),
      q(['EXTRA_LEERTIJD', 'ZORG_IN_SCHOOL']),
    );
    // Masks in the order they first turned up.
    expect(list.bestPerMask.map((i) => [i.slot.id, i.met])).toEqual([
      ['a-high', 1],
      ['b1', 2],
    ]);
  });

  it('has no best offering when the query asks for no need (nothing is met)', () => {
    const list = buildShortlist([pendingFresh('a'), verifiedFresh('b')].map(entry), q([]));
    expect(list.items.map((i) => [i.slot.id, i.met, i.score])).toEqual([
      // Nothing asked: the needs part counts as 1.
      ['b', 0, 680],
      ['a', 0, 580],
    ]);
    expect(list.metUnion).toBe(0);
    expect(list.bestPerMask).toEqual([]);
  });
});

describe('national shortlists are not shared between query shapes', () => {
  const engine = () =>
    new MatchEngine([
      offering({
        id: 'leertijd',
        interventionCodes: ['EXTRA_LEERTIJD'],
        deliveryModes: ['ONLINE'],
      }),
      offering({ id: 'zorg', interventionCodes: ['ZORG_IN_SCHOOL'], deliveryModes: ['ONLINE'] }),
    ]);
  const ranked = (e: MatchEngine, query: Partial<MatchQuery>) =>
    e
      .match({ ...HILVERSUM, needs: [], now: NOW, ...query })
      .matches.map((m) => [m.offeringId, m.score]);

  it('ranks by the weights of each query, also when the weights written one after another look alike', () => {
    const e = engine();
    const weighing = (leertijd: number, zorg: number) =>
      ranked(e, {
        needs: [
          { code: 'EXTRA_LEERTIJD', weight: leertijd },
          { code: 'ZORG_IN_SCHOOL', weight: zorg },
        ],
      });
    // Weights 1 and 12, then 11 and 2 (both total 13). Needs: 45 × share, plus 3 + 10 + 10.
    expect(weighing(1, 12)).toEqual([
      ['zorg', 64.5],
      ['leertijd', 26.5],
    ]);
    expect(weighing(11, 2)).toEqual([
      ['leertijd', 61.1],
      ['zorg', 29.9],
    ]);
  });

  it('applies the delivery filter of each query, also when target and delivery masks written together look alike', () => {
    const e = engine();
    const codes = [{ code: 'EXTRA_LEERTIJD' as const }, { code: 'ZORG_IN_SCHOOL' as const }];
    // Target mask 1 with delivery mask 12 (AT_PARTNER, ONLINE), then 11 with 2 (AFTER_SCHOOL).
    expect(
      ranked(e, {
        needs: codes,
        targetGroups: ['PUPILS'],
        filters: { deliveryModes: ['AT_PARTNER', 'ONLINE'] },
      }).map(([id]) => id),
    ).toEqual(['leertijd', 'zorg']);
    expect(
      ranked(e, {
        needs: codes,
        targetGroups: ['PUPILS', 'PARENTS', 'SCHOOL_LEADERS'],
        filters: { deliveryModes: ['AFTER_SCHOOL'] },
      }),
    ).toEqual([]);
  });
});
