import type { CoverageAreaSpec } from '../coverage/coverage-area.js';
import {
  area,
  HILVERSUM,
  NOW,
  offering,
  SCHIEDAM,
  VLAARDINGEN_CENTRE,
} from './__fixtures__/scenario.js';
import { prepareQuery, type CompiledArea } from './fit.js';
import { MatchEngine } from './match-engine.js';
import { fitsOnce, groupPlaces, moreLocal, SlotStore } from './slot-store.js';

// The store's bookkeeping seen from outside: which collection holds an offering's code areas,
// when the national version moves (the match engine's shortlists hang on it), and the small
// helpers the use cases share (fitsOnce, moreLocal, groupPlaces).

const need = { needs: [{ code: 'EXTRA_LEERTIJD' as const }], now: NOW };
const ids = (engine: MatchEngine, place = HILVERSUM) =>
  engine.match({ ...place, ...need }).matches.map((m) => m.offeringId);

const compiled = (areaId: string, spec: CoverageAreaSpec): CompiledArea => ({
  areaId,
  area: spec,
  locality: 0,
});
const radius = (areaId: string, radiusKm: number) =>
  compiled(areaId, { kind: 'RADIUS', center: VLAARDINGEN_CENTRE, radiusKm });
const municipality = (areaId: string) =>
  compiled(areaId, { kind: 'MUNICIPALITY', municipalityCode: 'GM0606' });
const polygon = (areaId: string) =>
  compiled(areaId, {
    kind: 'POLYGON',
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [4, 51],
          [5, 51],
          [5, 52],
          [4, 51],
        ],
      ],
    },
  });

describe('SlotStore: where code areas are filed and unfiled', () => {
  const everyKind = () =>
    offering({
      id: 'o',
      coverage: [area.national('n'), area.province('p', 'PV28'), area.municipality('m', 'GM0606')],
    });

  it('files a national, a province and a municipality area each in its own collection', () => {
    const store = new SlotStore();
    store.upsert(everyKind());
    expect([store.national.size, store.byProvince.size, store.byMunicipality.size]).toEqual([
      1, 1, 1,
    ]);
  });

  it('takes each area out of its own collection on removal and on replacement', () => {
    const store = new SlotStore();
    store.upsert(everyKind());
    store.upsert(everyKind());
    expect([store.national.size, store.byProvince.size, store.byMunicipality.size]).toEqual([
      1, 1, 1,
    ]);
    store.remove('o');
    expect([store.national.size, store.byProvince.size, store.byMunicipality.size]).toEqual([
      0, 0, 0,
    ]);
  });

  it('files nothing for a paused offering or a suspended organisation, but keeps counting them', () => {
    const engine = new MatchEngine([
      offering({
        id: 'paused',
        status: 'PAUSED',
        coverage: [area.municipality('pm', 'GM0606'), area.radius('pr', SCHIEDAM.point, 5)],
      }),
      offering({
        id: 'suspended',
        organisationStatus: 'SUSPENDED',
        coverage: [area.province('sp', 'PV28'), area.national('sn')],
      }),
    ]);
    expect(engine.size).toBe(2);
    expect([...engine.coveringAreas(SCHIEDAM)]).toEqual([]);
    expect([
      engine.store.national.size,
      engine.store.byProvince.size,
      engine.store.byMunicipality.size,
    ]).toEqual([0, 0, 0]);
    expect(engine.store.nationalVersion).toBe(0);
  });

  it('matches through the national area with the smallest id when there are several', () => {
    const engine = new MatchEngine([
      offering({ id: 'o', coverage: [area.national('nl-b'), area.national('nl-a')] }),
    ]);
    expect(engine.match({ ...HILVERSUM, ...need }).matches[0].matchedArea).toEqual({
      areaId: 'nl-a',
      kind: 'NATIONAL',
    });
    expect(engine.store.national.size).toBe(1);
  });

  it('passes the index limits on: point memo size and overflow before a rebuild', () => {
    const far = { lat: 53.2194, lng: 6.5665 };
    const limited = new MatchEngine(
      [offering({ id: 'r', coverage: [area.radius('r1', SCHIEDAM.point, 5)] })],
      undefined,
      { pointMemoLimit: 1 },
    );
    limited.rememberPoints([SCHIEDAM.point, far]);
    // Past the limit the memo is emptied before the next point goes in.
    expect(limited.rememberedPoints).toBe(1);

    const eager = new MatchEngine(
      [offering({ id: 'r', coverage: [area.radius('r1', SCHIEDAM.point, 5)] })],
      undefined,
      { coverageOverflowLimit: 0 },
    );
    eager.rememberPoints([SCHIEDAM.point]);
    expect(eager.rememberedPoints).toBe(1);
    // One area past an overflow limit of 0 rebuilds the tree, which forgets the points.
    eager.upsert(offering({ id: 's', coverage: [area.radius('s1', SCHIEDAM.point, 3)] }));
    expect(eager.match({ ...SCHIEDAM, ...need }).totalMatches).toBe(2);
    expect(eager.rememberedPoints).toBe(0);
  });
});

describe('SlotStore: the national version', () => {
  it('stays put while only local offerings come, change and go', () => {
    const store = new SlotStore();
    store.upsert(offering({ id: 'l', coverage: [area.municipality('m', 'GM0606')] }));
    store.upsert(offering({ id: 'l', coverage: [area.province('p', 'PV28')] }));
    store.remove('l');
    store.remove('never-there');
    expect(store.nationalVersion).toBe(0);
  });

  it('moves when a national offering comes, is replaced and goes', () => {
    const store = new SlotStore();
    const seen = [store.nationalVersion];
    store.upsert(offering({ id: 'n' }));
    seen.push(store.nationalVersion);
    store.upsert(offering({ id: 'n', title: 'Anders' }));
    seen.push(store.nationalVersion);
    store.remove('n');
    seen.push(store.nationalVersion);
    store.upsert(offering({ id: 'm' }));
    seen.push(store.nationalVersion);
    // Every step gives a version not seen before.
    expect(new Set(seen).size).toBe(5);
  });

  it('shows a replaced national offering in the next match, not the list from before', () => {
    const engine = new MatchEngine([offering({ id: 'n', remainingCapacity: 5 })]);
    expect(engine.match({ ...HILVERSUM, ...need }).matches[0].full).toBe(false);
    engine.upsert(offering({ id: 'n', remainingCapacity: 0 }));
    expect(engine.match({ ...HILVERSUM, ...need }).matches[0].full).toBe(true);
    engine.upsert(offering({ id: 'n', remainingCapacity: 5 }));
    expect(engine.match({ ...HILVERSUM, ...need }).matches[0].full).toBe(false);
  });

  it('drops a removed national offering from the next match, and shows one added after it', () => {
    const engine = new MatchEngine([offering({ id: 'a' })]);
    expect(ids(engine)).toEqual(['a']);
    engine.remove('a');
    expect(ids(engine)).toEqual([]);
    engine.upsert(offering({ id: 'b' }));
    expect(ids(engine)).toEqual(['b']);
  });

  it('shows a national offering added right after a removal, with no match in between', () => {
    const engine = new MatchEngine([offering({ id: 'a' })]);
    expect(ids(engine)).toEqual(['a']);
    engine.remove('a');
    engine.upsert(offering({ id: 'b' }));
    expect(ids(engine)).toEqual(['b']);
  });

  it('drops a removed national offering even when nothing national is added back', () => {
    const engine = new MatchEngine([offering({ id: 'a' }), offering({ id: 'b' })]);
    expect(ids(engine)).toEqual(['a', 'b']);
    engine.remove('a');
    expect(ids(engine)).toEqual(['b']);
  });
});

describe('fitsOnce', () => {
  const slotOf = () => {
    const store = new SlotStore();
    store.upsert(offering({ id: 'o', interventionCodes: ['EXTRA_LEERTIJD'], sectors: ['PO'] }));
    return store.slots.get('o')!;
  };
  const po = prepareQuery({ ...SCHIEDAM, ...need, schoolType: 'BAO' });
  const vo = prepareQuery({ ...SCHIEDAM, ...need, schoolType: 'VO' });

  it('works the verdict out once per serial and answers from it for the rest of that serial', () => {
    const slot = slotOf();
    expect(fitsOnce(slot, po, 7)).toBe(true);
    // Same serial: the earlier verdict stands, whatever the query.
    expect(fitsOnce(slot, vo, 7)).toBe(true);
    expect(fitsOnce(slot, vo, 8)).toBe(false);
    expect(fitsOnce(slot, po, 8)).toBe(false);
    expect(fitsOnce(slot, po, 9)).toBe(true);
  });
});

describe('moreLocal', () => {
  it('puts the kind first: a polygon before a municipality before a radius before a province', () => {
    expect(moreLocal(polygon('z'), municipality('a'))).toBe(true);
    expect(moreLocal(municipality('z'), polygon('a'))).toBe(false);
    expect(moreLocal(radius('a', 1), municipality('z'))).toBe(false);
  });

  it('between two radii prefers the smaller radius, whatever the ids', () => {
    expect(moreLocal(radius('z', 5), radius('a', 10))).toBe(true);
    expect(moreLocal(radius('a', 10), radius('z', 5))).toBe(false);
  });

  it('between two radii of the same size prefers the smaller id', () => {
    expect(moreLocal(radius('a', 5), radius('b', 5))).toBe(true);
    expect(moreLocal(radius('b', 5), radius('a', 5))).toBe(false);
  });

  it('between two areas of the same other kind prefers the smaller id', () => {
    expect(moreLocal(municipality('a'), municipality('b'))).toBe(true);
    expect(moreLocal(municipality('b'), municipality('a'))).toBe(false);
    expect(moreLocal(polygon('a'), polygon('b'))).toBe(true);
  });

  it('does not call an area more local than itself', () => {
    const m = municipality('a');
    expect(moreLocal(m, m)).toBe(false);
    const r = radius('a', 5);
    expect(moreLocal(r, r)).toBe(false);
  });
});

describe('groupPlaces', () => {
  const p = { point: SCHIEDAM.point };

  it('groups places by school type, municipality and province, in order of first appearance', () => {
    const groups = groupPlaces([
      { ...p, schoolType: 'BAO', municipalityCode: 'GM0606', provinceCode: 'PV28' },
      { ...p, schoolType: 'VO', municipalityCode: 'GM0606', provinceCode: 'PV28' },
      { ...p, schoolType: 'BAO', municipalityCode: 'GM0606', provinceCode: 'PV28' },
      { ...p, schoolType: 'BAO', municipalityCode: 'GM0622', provinceCode: 'PV28' },
      { ...p, schoolType: 'BAO', municipalityCode: 'GM0606', provinceCode: 'PV27' },
    ]);
    expect([...groups.values()]).toEqual([[0, 2], [1], [3], [4]]);
  });

  it('treats a missing field as an empty one', () => {
    const groups = groupPlaces([
      { ...p },
      { ...p, schoolType: '' as never, municipalityCode: '', provinceCode: '' },
      { ...p, provinceCode: '' },
      { ...p, municipalityCode: '' },
    ]);
    expect([...groups.values()]).toEqual([[0, 1, 2, 3]]);
  });

  it('keeps a place without school type apart from one with', () => {
    const groups = groupPlaces([
      { ...p, municipalityCode: 'GM0606' },
      { ...p, schoolType: 'BAO', municipalityCode: 'GM0606' },
    ]);
    expect([...groups.values()]).toEqual([[0], [1]]);
  });
});
