import { MatchEngine } from '../matching/match-engine.js';
import { SCENARIOS } from '../matching/__fixtures__/index.js';
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
