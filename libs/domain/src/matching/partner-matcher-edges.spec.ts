import { box } from '../geo/__fixtures__/rings.js';
import { area, HILVERSUM, NOW, offering, SCHIEDAM } from './__fixtures__/scenario.js';
import { MatchEngine } from './match-engine.js';

// Score arithmetic used below (tenths, see score.ts), all offerings verified, confirmed 30 days
// before NOW and meeting the one requested need: needs 450 + freshness 100 + verified 100 = 650,
// plus evidence (NOT_ASSESSED 0, PROVEN_EFFECTIVE 150, STRONG_EVIDENCE 200) and locality
// (MUNICIPALITY 150, PROVINCE 75, NATIONAL 30).
const need = { needs: [{ code: 'EXTRA_LEERTIJD' as const }], now: NOW };
const ids = (engine: MatchEngine, q: Parameters<MatchEngine['match']>[0]) =>
  engine.match(q).matches.map((m) => m.offeringId);

describe('PartnerMatcher national shortlist against a full top', () => {
  it('lets a national offering with a higher score push a local one out of a top of one', () => {
    // local: 650 + 0 + 150 = 800; national: 650 + 200 + 30 = 880.
    const engine = new MatchEngine([
      offering({ id: 'local', coverage: [area.municipality('m', 'GM0606')] }),
      offering({ id: 'national', evidenceLevel: 'STRONG_EVIDENCE' }),
    ]);
    const out = engine.match({ ...SCHIEDAM, ...need, limit: 1 });
    expect(out.matches.map((m) => m.offeringId)).toEqual(['national']);
    expect(out.matches[0].score).toBe(88);
    expect(out.totalMatches).toBe(2);
  });

  it('also replaces a full local offering by a full national one with a higher score', () => {
    const engine = new MatchEngine([
      offering({
        id: 'local',
        remainingCapacity: 0,
        coverage: [area.municipality('m', 'GM0606')],
      }),
      offering({ id: 'national', remainingCapacity: 0, evidenceLevel: 'STRONG_EVIDENCE' }),
    ]);
    expect(ids(engine, { ...SCHIEDAM, ...need, limit: 1 })).toEqual(['national']);
  });

  it('keeps reading national offerings with the same score as the worst kept one: the nearer wins', () => {
    // Same score (680 each); "a" comes first on the shortlist by id but has no location.
    const engine = new MatchEngine([
      offering({ id: 'a' }),
      offering({ id: 'b', partnerLocation: { lat: 51.92, lng: 4.4 } }),
    ]);
    expect(ids(engine, { ...SCHIEDAM, ...need, limit: 1 })).toEqual(['b']);
    expect(ids(engine, { ...SCHIEDAM, ...need, limit: 2 })).toEqual(['b', 'a']);
  });
});

describe('PartnerMatcher with a limit above the insertion bound (256)', () => {
  it('sorts every match when the list is long', () => {
    const engine = new MatchEngine([
      offering({ id: 'c' }),
      offering({ id: 'b', evidenceLevel: 'PROVEN_EFFECTIVE' }),
      offering({ id: 'a', evidenceLevel: 'STRONG_EVIDENCE' }),
      offering({ id: 'd', coverage: [area.municipality('m', 'GM0606')] }),
    ]);
    const out = engine.match({ ...SCHIEDAM, ...need, limit: 300 });
    // d 800, a 880, b 830, c 680.
    expect(out.matches.map((m) => m.offeringId)).toEqual(['a', 'b', 'd', 'c']);
    expect(out.matches).toHaveLength(4);
    expect(out.totalMatches).toBe(4);
  });

  it('cuts the sorted list at the limit', () => {
    const many = Array.from({ length: 258 }, (_, i) =>
      offering({ id: `o${String(i).padStart(3, '0')}` }),
    );
    const engine = new MatchEngine(many.reverse());
    const out = engine.match({ ...SCHIEDAM, ...need, limit: 257 });
    expect(out.totalMatches).toBe(258);
    expect(out.matches).toHaveLength(257);
    expect(out.matches[0].offeringId).toBe('o000');
    expect(out.matches[256].offeringId).toBe('o256');
  });

  it('lets a national offering into a long top of local ones that rank below it', () => {
    // 256 province offerings at 650 + 75 = 725, one at 650 + 200 + 75 = 925 reached last, and
    // a national one at 650 + 150 + 30 = 830: the national one is second, the last low one out.
    const lows = Array.from({ length: 256 }, (_, i) =>
      offering({ id: `low-${String(i).padStart(3, '0')}`, coverage: [area.province('p', 'PV28')] }),
    );
    const engine = new MatchEngine([
      ...lows,
      offering({
        id: 'high',
        evidenceLevel: 'STRONG_EVIDENCE',
        coverage: [area.province('p', 'PV28')],
      }),
      offering({ id: 'nat', evidenceLevel: 'PROVEN_EFFECTIVE' }),
    ]);
    const out = engine.match({ ...SCHIEDAM, ...need, limit: 257 });
    expect(out.totalMatches).toBe(258);
    expect(out.matches).toHaveLength(257);
    expect(out.matches.slice(0, 3).map((m) => m.offeringId)).toEqual(['high', 'nat', 'low-000']);
    expect(out.matches[256].offeringId).toBe('low-254');
  });
});

describe('PartnerMatcher tie-breaks of the chosen order', () => {
  it('ranks offerings confirmed at the same moment by score when sorting by confirmation', () => {
    const engine = new MatchEngine([
      offering({ id: 'a' }),
      offering({ id: 'b', evidenceLevel: 'PROVEN_EFFECTIVE' }),
    ]);
    expect(ids(engine, { ...SCHIEDAM, ...need, sort: 'RECENTLY_CONFIRMED' })).toEqual(['b', 'a']);
  });

  it('ranks partners at the same distance by score when sorting by distance', () => {
    const here = { lat: 51.93, lng: 4.41 };
    const engine = new MatchEngine([
      offering({ id: 'a', partnerLocation: here }),
      offering({ id: 'b', partnerLocation: here, evidenceLevel: 'PROVEN_EFFECTIVE' }),
    ]);
    expect(ids(engine, { ...SCHIEDAM, ...need, sort: 'DISTANCE' })).toEqual(['b', 'a']);
  });
});

describe('PartnerMatcher result fields', () => {
  it('gives no distance without a partner location or with unusable coordinates', () => {
    const engine = new MatchEngine([
      offering({ id: 'none' }),
      offering({ id: 'nan', partnerLocation: { lat: Number.NaN, lng: Number.NaN } }),
      offering({ id: 'near', partnerLocation: { lat: 51.918, lng: 4.399 } }),
    ]);
    const byId = new Map(
      engine.match({ ...SCHIEDAM, ...need }).matches.map((m) => [m.offeringId, m.distanceKm]),
    );
    expect(byId.get('none')).toBeNull();
    expect(byId.get('nan')).toBeNull();
    expect(byId.get('near')).toBe(0);
  });

  it('reports the label of the matched area only when the partner gave one', () => {
    const engine = new MatchEngine([
      offering({ id: 'labelled', coverage: [area.radius('r', SCHIEDAM.point, 3, 'Oost')] }),
      offering({ id: 'plain', coverage: [area.municipality('m', 'GM0606')] }),
    ]);
    const byId = new Map(
      engine.match({ ...SCHIEDAM, ...need }).matches.map((m) => [m.offeringId, m.matchedArea]),
    );
    expect(byId.get('labelled')).toStrictEqual({ areaId: 'r', kind: 'RADIUS', label: 'Oost' });
    expect(byId.get('plain')).toStrictEqual({ areaId: 'm', kind: 'MUNICIPALITY' });
  });
});

describe('PartnerMatcher.resultsFor', () => {
  const engine = () =>
    new MatchEngine([
      offering({ id: 'best', evidenceLevel: 'STRONG_EVIDENCE' }),
      offering({ id: 'best2', evidenceLevel: 'STRONG_EVIDENCE' }),
      // Listed with the far municipality first and the national area before the local one.
      offering({
        id: 'mixed',
        coverage: [
          area.municipality('far', 'GM0402'),
          area.national('n'),
          area.municipality('m', 'GM0606'),
        ],
      }),
      offering({ id: 'elsewhere', coverage: [area.municipality('h', 'GM0402')] }),
      offering({ id: 'vo', sectors: ['VO'] }),
      offering({ id: 'polygon', coverage: [area.polygon('p', [box(4.35, 51.89, 4.45, 51.95)])] }),
    ]);

  it('returns just the asked offerings that reach the place and fit, however many rank above', () => {
    const out = engine().resultsFor(['mixed', 'polygon'], {
      ...SCHIEDAM,
      schoolType: 'BAO',
      ...need,
    });
    expect([...out.keys()].sort()).toEqual(['mixed', 'polygon']);
    expect(out.get('mixed')?.offeringId).toBe('mixed');
    expect(out.get('polygon')?.matchedArea).toEqual({ areaId: 'p', kind: 'POLYGON' });
  });

  it('picks the most local covering area, skipping areas that do not reach the place', () => {
    const out = engine().resultsFor(['mixed'], { ...SCHIEDAM, ...need });
    expect(out.get('mixed')?.matchedArea).toEqual({ areaId: 'm', kind: 'MUNICIPALITY' });
    expect(out.get('mixed')?.score).toBe(80);
    const far = engine().resultsFor(['mixed'], { ...HILVERSUM, ...need });
    expect(far.get('mixed')?.matchedArea).toEqual({ areaId: 'far', kind: 'MUNICIPALITY' });
  });

  it('leaves out unknown, uncovering and non-fitting ids, and counts a repeated id once', () => {
    const out = engine().resultsFor(['weg', 'elsewhere', 'vo', 'mixed', 'mixed'], {
      ...SCHIEDAM,
      schoolType: 'BAO',
      ...need,
    });
    expect([...out.keys()]).toEqual(['mixed']);
  });

  it('returns an empty map for no ids', () => {
    expect(engine().resultsFor([], { ...SCHIEDAM, ...need }).size).toBe(0);
  });
});

describe('PartnerMatcher national shortlist cache', () => {
  // Memory, not answers: a shortlist is kept per query shape, and `now` is part of the shape, so
  // a caller that leaves `now` out (or varies it) makes a new shape on every call. The cache
  // must stay bounded (512 shapes) in a long-running process. Nothing public shows its size, so
  // this one test reads the private map.
  const cachedShapes = (engine: MatchEngine) =>
    (engine.matcher as unknown as { shortlists: ReadonlyMap<string, unknown> }).shortlists.size;
  const minutesLater = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);

  it('keeps the shortlists of up to 512 query shapes and never more, however many are asked', () => {
    const engine = new MatchEngine([offering({ id: 'national' })]);
    const ask = (minutes: number) =>
      expect(ids(engine, { ...SCHIEDAM, ...need, now: minutesLater(minutes) })).toEqual([
        'national',
      ]);
    for (let i = 0; i < 512; i++) ask(i);
    expect(cachedShapes(engine)).toBe(512);
    for (let i = 512; i < 600; i++) {
      ask(i);
      expect(cachedShapes(engine)).toBeLessThanOrEqual(512);
    }
  });
});
