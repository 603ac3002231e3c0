import { area, HILVERSUM, NOW, offering, SCHIEDAM } from './__fixtures__/scenario.js';
import { MatchEngine } from './match-engine.js';

const need = { needs: [{ code: 'EXTRA_LEERTIJD' as const }], now: NOW };

describe('MatchEngine bookkeeping', () => {
  it('sees an upsert that moves coverage, and a removal, in the very next match', () => {
    const engine = new MatchEngine([
      offering({ id: 'p', coverage: [area.municipality('m', 'GM0402')] }),
    ]);
    expect(engine.match({ ...SCHIEDAM, ...need }).totalMatches).toBe(0);
    engine.upsert(offering({ id: 'p', coverage: [area.municipality('m', 'GM0606')] }));
    expect(engine.match({ ...SCHIEDAM, ...need }).matches.map((m) => m.offeringId)).toEqual(['p']);
    expect(engine.match({ ...HILVERSUM, ...need }).totalMatches).toBe(0);
    engine.upsert(offering({ id: 'p', coverage: [area.national('n')] }));
    expect(engine.match({ ...HILVERSUM, ...need }).matches[0].matchedArea).toEqual({
      areaId: 'n',
      kind: 'NATIONAL',
    });
    engine.upsert(offering({ id: 'p', coverage: [] }));
    expect(engine.match({ ...HILVERSUM, ...need }).totalMatches).toBe(0);
    expect(engine.size).toBe(1);
    engine.remove('p');
    engine.remove('p');
    expect(engine.size).toBe(0);
  });

  it('uses place names when given and the code otherwise', () => {
    const engine = new MatchEngine([
      offering({ id: 'p', coverage: [area.municipality('m', 'GM0606')] }),
    ]);
    const text = () => engine.match({ ...SCHIEDAM, ...need }).matches[0].reasons.map((r) => r.text);
    expect(text()).toContain('werkt in heel GM0606');
    engine.setPlaceNames({
      municipality: (c) => (c === 'GM0606' ? 'Schiedam' : undefined),
      province: () => undefined,
    });
    expect(text()).toContain('werkt in heel Schiedam');
  });

  it('explains why an offering is missing', () => {
    const engine = new MatchEngine([
      offering({ id: 'ok' }),
      offering({ id: 'ver', coverage: [area.municipality('m', 'GM0402')] }),
      offering({ id: 'vo', sectors: ['VO'] }),
    ]);
    const q = { ...SCHIEDAM, schoolType: 'BAO' as const, ...need };
    expect(engine.explain('ok', q)).toBe('MATCH');
    expect(engine.explain('ver', q)).toBe('NOT_COVERED');
    expect(engine.explain('vo', q)).toBe('SECTOR');
    expect(engine.explain('weg', q)).toBe('UNKNOWN_OFFERING');
  });

  it('applies the limit after counting and sorting', () => {
    const engine = new MatchEngine(
      Array.from({ length: 100 }, (_, i) =>
        offering({
          id: `o${String(i).padStart(3, '0')}`,
          evidenceLevel: i % 2 ? 'PROVEN_EFFECTIVE' : 'NOT_ASSESSED',
        }),
      ),
    );
    const small = engine.match({ ...SCHIEDAM, ...need, limit: 3 });
    expect(small.totalMatches).toBe(100);
    expect(small.matches.map((m) => m.offeringId)).toEqual(['o001', 'o003', 'o005']);
    const big = engine.match({ ...SCHIEDAM, ...need, limit: 100 });
    expect(big.matches.slice(0, 3)).toEqual(small.matches);
    expect(big.matches[99].offeringId).toBe('o098');
    expect(engine.match({ ...SCHIEDAM, ...need, limit: 0 }).matches).toEqual([]);
  });

  it('rejects duplicate area ids and leaves the old version in place', () => {
    const engine = new MatchEngine([offering({ id: 'p' })]);
    expect(() =>
      engine.upsert(
        offering({ id: 'p', coverage: [area.national('x'), area.municipality('x', 'GM0606')] }),
      ),
    ).toThrow(/twice/);
    expect(engine.match({ ...SCHIEDAM, ...need }).totalMatches).toBe(1);
  });
});
