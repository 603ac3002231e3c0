import { SCENARIOS } from './__fixtures__/index.js';
import type { MatchScenario, ScenarioExpectation } from './__fixtures__/scenario.js';
import { MatchEngine, type PlaceNames } from './match-engine.js';
import type { MatchOutcome } from './match-types.js';

function namesOf(s: MatchScenario): PlaceNames | undefined {
  if (!s.placeNames) return undefined;
  const { municipalities, provinces } = s.placeNames;
  return { municipality: (c) => municipalities[c], province: (c) => provinces[c] };
}

function check(outcome: MatchOutcome, e: ScenarioExpectation): void {
  const ids = outcome.matches.map((m) => m.offeringId);
  const byId = new Map(outcome.matches.map((m) => [m.offeringId, m]));
  const get = (id: string) => {
    const m = byId.get(id);
    if (!m) throw new Error(`expected ${id} among the matches, got [${ids.join(', ')}]`);
    return m;
  };
  if (e.ids) expect(ids).toEqual(e.ids);
  for (const id of e.include ?? []) expect(ids).toContain(id);
  for (const id of e.exclude ?? []) expect(ids).not.toContain(id);
  if (e.totalMatches !== undefined) expect(outcome.totalMatches).toBe(e.totalMatches);
  for (const [id, texts] of Object.entries(e.reasons ?? {})) {
    expect(get(id).reasons.map((r) => r.text)).toEqual(expect.arrayContaining(texts));
  }
  for (const [id, score] of Object.entries(e.scores ?? {})) expect(get(id).score).toBe(score);
  for (const [id, part] of Object.entries(e.needsParts ?? {})) {
    expect(get(id).scoreParts.needs).toBeCloseTo(part, 10);
  }
  for (const [id, areaId] of Object.entries(e.areas ?? {}))
    expect(get(id).matchedArea.areaId).toBe(areaId);
  for (const [id, km] of Object.entries(e.distances ?? {})) expect(get(id).distanceKm).toBe(km);
  if (e.bundle) expect(outcome.bundle.offeringIds).toEqual(e.bundle);
  if (e.bundleNeeds) expect(outcome.bundle.needsCovered).toEqual(e.bundleNeeds);
  if (e.uncoveredNeeds) expect(outcome.uncoveredNeeds).toEqual(e.uncoveredNeeds);
  if (e.uncoveredText !== undefined) expect(outcome.uncoveredText).toBe(e.uncoveredText);
}

describe.each(SCENARIOS.map((s) => [s.name, s] as const))('scenario: %s', (_name, scenario) => {
  const engine = new MatchEngine(scenario.offerings, namesOf(scenario));

  it.each(scenario.cases.map((c) => [c.description, c] as const))('%s', (_d, c) => {
    const outcome = engine.match(c.query);
    check(outcome, c.expected);
    // The indexed answer and the full scan agree on every scenario, reasons included.
    expect(engine.matchBruteForce(c.query)).toEqual(outcome);
    for (const m of outcome.matches) {
      expect(m.score).toBeGreaterThanOrEqual(0);
      expect(m.score).toBeLessThanOrEqual(100);
      for (const r of m.reasons) expect(r.text).not.toMatch(/undefined|NaN/);
    }
  });
});
