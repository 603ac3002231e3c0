import type { GeoPoint } from '../geo/geo-types.js';
import { MatchEngine } from '../matching/match-engine.js';
import { SCENARIOS } from '../matching/__fixtures__/index.js';
import { box } from '../geo/__fixtures__/rings.js';
import { area, HILVERSUM, offering, SCHIEDAM } from '../matching/__fixtures__/scenario.js';
import type { MatchQuery } from '../matching/match-types.js';
import type { InterventionCode } from '../taxonomy/intervention-type.js';
import { AlertIndex } from './alert-index.js';

// The alert index must say exactly what the finder says: a saved search is matched by an
// offering if and only if the finder (MatchEngine.match, no limit) lists that offering for the
// search's query. Checked on every case of the matching scenarios, all searches in one index.

describe('AlertIndex', () => {
  for (const scenario of SCENARIOS) {
    it(`agrees with the finder on "${scenario.name}"`, () => {
      const engine = new MatchEngine(scenario.offerings);
      const searches = scenario.cases.map((c, i) => ({
        id: `s${i}`,
        query: { ...c.query, limit: 10_000 },
      }));
      const index = new AlertIndex(searches);
      const expected = new Map<string, string[]>();
      for (const s of searches) {
        for (const m of engine.match(s.query).matches) {
          expected.set(m.offeringId, [...(expected.get(m.offeringId) ?? []), s.id]);
        }
      }
      for (const o of scenario.offerings) {
        expect({ offering: o.id, searches: index.matching(o) }).toEqual({
          offering: o.id,
          searches: (expected.get(o.id) ?? []).sort(),
        });
      }
    });
  }

  it('forgets a removed search and replaces one added again', () => {
    const scenario = SCENARIOS[0]!;
    const query = { ...scenario.cases[0]!.query, limit: 10_000 };
    const index = new AlertIndex([{ id: 'a', query }]);
    const hit = scenario.offerings.find((o) => index.matching(o).includes('a'));
    expect(hit).toBeDefined();
    index.remove('a');
    expect(index.matching(hit!)).toEqual([]);
    index.add({ id: 'a', query });
    index.add({ id: 'a', query });
    expect(index.size).toBe(1);
    expect(index.matching(hit!)).toEqual(['a']);
  });
});

// The index hands only the searches an offering can reach to the exact checks (its reason to
// exist: an offering change must not run every saved search again). Which ones it hands over is
// observable through `candidates`.
describe('AlertIndex candidates', () => {
  const search = (id: string, point: GeoPoint, extra: Partial<MatchQuery> = {}) => ({
    id,
    query: { point, needs: [], ...extra },
  });
  const schiedam = (id: string, needs: InterventionCode[] = []) =>
    search(id, SCHIEDAM.point, {
      municipalityCode: SCHIEDAM.municipalityCode,
      provinceCode: SCHIEDAM.provinceCode,
      needs: needs.map((code) => ({ code })),
    });
  const hilversum = (id: string) =>
    search(id, HILVERSUM.point, {
      municipalityCode: HILVERSUM.municipalityCode,
      provinceCode: HILVERSUM.provinceCode,
    });

  it('gives a national offering the searches without needs and those asking one of its needs', () => {
    const index = new AlertIndex([
      schiedam('none'),
      schiedam('leertijd', ['EXTRA_LEERTIJD']),
      schiedam('zorg', ['ZORG_IN_SCHOOL']),
      schiedam('lezen', ['TAAL_LEZEN']),
      schiedam('both', ['ZORG_IN_SCHOOL', 'TAAL_LEZEN']),
    ]);
    const national = (id: string, codes: InterventionCode[]) =>
      offering({ id, interventionCodes: codes });
    expect(index.candidates(national('o1', ['EXTRA_LEERTIJD']))).toEqual(['leertijd', 'none']);
    expect(index.candidates(national('o2', ['TAAL_LEZEN']))).toEqual(['both', 'lezen', 'none']);
    expect(index.matching(national('o2', ['TAAL_LEZEN']))).toEqual(['both', 'lezen', 'none']);
  });

  it('gives a province or municipality offering only the searches of schools there', () => {
    const index = new AlertIndex([
      schiedam('s'),
      hilversum('h'),
      search('nowhere', SCHIEDAM.point),
    ]);
    const inSchiedam = offering({
      id: 'm',
      coverage: [area.municipality('m-a', SCHIEDAM.municipalityCode)],
    });
    const inNoordHolland = offering({
      id: 'p',
      coverage: [area.province('p-a', HILVERSUM.provinceCode)],
    });
    expect(index.candidates(inSchiedam)).toEqual(['s']);
    expect(index.candidates(inNoordHolland)).toEqual(['h']);
    expect(index.matching(inSchiedam)).toEqual(['s']);
  });

  it('forgets a removed search in every list it was in', () => {
    const index = new AlertIndex([schiedam('s', ['EXTRA_LEERTIJD']), schiedam('t')]);
    index.remove('s');
    index.remove('s');
    index.remove('never-added');
    const offerings = [
      offering({ id: 'n' }),
      offering({ id: 'm', coverage: [area.municipality('m-a', SCHIEDAM.municipalityCode)] }),
      offering({ id: 'p', coverage: [area.province('p-a', SCHIEDAM.provinceCode)] }),
      offering({ id: 'r', coverage: [area.radius('r-a', SCHIEDAM.point, 2)] }),
    ];
    for (const o of offerings) {
      expect({ o: o.id, candidates: index.candidates(o) }).toEqual({ o: o.id, candidates: ['t'] });
      expect({ o: o.id, matching: index.matching(o) }).toEqual({ o: o.id, matching: ['t'] });
    }
    expect(index.size).toBe(1);
  });

  it('gives a circle the searches in every grid cell its box touches, the last row and column too', () => {
    // Cells are 0.05° square. The circle around (52.04, 4.97) with 3 km reaches east into the
    // cell column of 5.00–5.05° and north into the row of 52.05–52.10°.
    const centre = { lat: 52.04, lng: 4.97 };
    const index = new AlertIndex([
      search('east', { lat: 52.04, lng: 5.001 }),
      search('north', { lat: 52.051, lng: 4.97 }),
      search('centre', centre),
      // Same column or row as the circle, far away: not in the box.
      search('south', { lat: 30, lng: 4.97 }),
      search('west', { lat: 52.04, lng: 1 }),
      search('far', { lat: 50, lng: 50 }),
    ]);
    const circle = offering({ id: 'c', coverage: [area.radius('c-a', centre, 3)] });
    expect(index.candidates(circle)).toEqual(['centre', 'east', 'north']);
    expect(index.matching(circle)).toEqual(['centre', 'east', 'north']);
  });

  it('walks the cells of a box up to 40,000 of them, and takes every search beyond that', () => {
    const far = search('far', { lat: -40, lng: -100 });
    const inside = search('inside', { lat: 5, lng: 5 });
    const index = new AlertIndex([far, inside]);
    const polygon = (x1: number, y1: number) =>
      offering({ id: 'poly', coverage: [area.polygon('poly-a', [box(0.01, 0.01, x1, y1)])] });
    // 200 × 200 cells (0.00–9.99°): walked, so the far search is not handed over.
    expect(index.candidates(polygon(9.99, 9.99))).toEqual(['inside']);
    // 201 × 200 and 200 × 201 cells: every search is a candidate; the exact check decides.
    expect(index.candidates(polygon(10.01, 9.99))).toEqual(['far', 'inside']);
    expect(index.candidates(polygon(9.99, 10.01))).toEqual(['far', 'inside']);
    expect(index.matching(polygon(10.01, 9.99))).toEqual(['inside']);
    // The same 200 × 200 cells away from 0° (50.00–59.99°): counted from the box's own edges.
    const away = offering({
      id: 'away',
      coverage: [area.polygon('away-a', [box(50.01, 50.01, 59.99, 59.99)])],
    });
    expect(index.candidates(away)).toEqual([]);
    // A circle around the whole earth, too.
    const world = offering({ id: 'w', coverage: [area.radius('w-a', { lat: 0, lng: 0 }, 30_000)] });
    expect(index.candidates(world)).toEqual(['far', 'inside']);
  });
});
