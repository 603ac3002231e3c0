import { SCENARIOS } from './__fixtures__/index.js';
import {
  any,
  assertComplete,
  isUnpinned,
  type MatchScenario,
  type Pinned,
  type ScenarioExpectation,
} from './__fixtures__/scenario.js';
import { MatchEngine, type PlaceNames } from './match-engine.js';
import type { MatchOutcome } from './match-types.js';

function namesOf(s: MatchScenario): PlaceNames | undefined {
  if (!s.placeNames) return undefined;
  const { municipalities, provinces } = s.placeNames;
  return { municipality: (c) => municipalities[c], province: (c) => provinces[c] };
}

/** Checks a stated value; an `any(reason)` checks nothing. */
function expectPinned<T>(what: string, actual: T, expected: Pinned<T>): void {
  // Wrapped in the field name, so a failure says which expectation it was.
  if (!isUnpinned(expected)) expect({ [what]: actual }).toEqual({ [what]: expected });
}

function check(outcome: MatchOutcome, e: ScenarioExpectation): void {
  assertComplete(e);
  const ids = outcome.matches.map((m) => m.offeringId);
  const byId = new Map(outcome.matches.map((m) => [m.offeringId, m]));
  const get = (id: string) => {
    const m = byId.get(id);
    if (!m) throw new Error(`expected ${id} among the matches, got [${ids.join(', ')}]`);
    return m;
  };
  expectPinned('ids', ids, e.ids);
  expectPinned('totalMatches', outcome.totalMatches, e.totalMatches);
  expectPinned('bundle', outcome.bundle.offeringIds, e.bundle);
  expectPinned('bundleNeeds', outcome.bundle.needsCovered, e.bundleNeeds);
  expectPinned('uncoveredNeeds', outcome.uncoveredNeeds, e.uncoveredNeeds);
  expectPinned('uncoveredText', outcome.uncoveredText, e.uncoveredText);
  for (const id of e.include ?? []) expect(ids).toContain(id);
  for (const id of e.exclude ?? []) expect(ids).not.toContain(id);
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
  if (e.languages) expect({ languages: outcome.languages }).toEqual({ languages: e.languages });
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

describe('scenario runner', () => {
  const complete: ScenarioExpectation = {
    ids: [],
    totalMatches: 0,
    bundle: [],
    bundleNeeds: [],
    uncoveredNeeds: [],
    uncoveredText: null,
  };

  it('fails a case that leaves an outcome field out', () => {
    expect(() => assertComplete(complete)).not.toThrow();
    for (const key of Object.keys(complete) as (keyof ScenarioExpectation)[]) {
      const partial: Partial<ScenarioExpectation> = { ...complete };
      delete partial[key];
      expect(() => assertComplete(partial as ScenarioExpectation)).toThrow(`"${key}" is missing`);
    }
  });

  it('accepts a field left open only with a reason, and then checks nothing about it', () => {
    expect(() => assertComplete({ ...complete, bundle: any('') })).toThrow('without a reason');
    const outcome: MatchOutcome = {
      matches: [],
      totalMatches: 0,
      languages: [],
      bundle: { offeringIds: ['x'], needsCovered: [] },
      uncoveredNeeds: [],
      uncoveredText: null,
    };
    expect(() => check(outcome, complete)).toThrow();
    expect(() =>
      check(outcome, { ...complete, bundle: any('not part of this story') }),
    ).not.toThrow();
  });
});
