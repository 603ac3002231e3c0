import { DAY_MS, freshnessScore, scoreTenthsOfParts } from './score.js';

describe('score edges', () => {
  const now = Date.UTC(2025, 5, 1);

  it('freshness stays 0 well past two years instead of going negative', () => {
    expect(freshnessScore(now - 800 * DAY_MS, now)).toBe(0);
    expect(freshnessScore(now - 5000 * DAY_MS, now)).toBe(0);
  });

  it('freshness one day past half a year is 549/550', () => {
    expect(freshnessScore(now - 181 * DAY_MS, now)).toBeCloseTo(549 / 550, 12);
  });

  it('scoreTenthsOfParts weighs the named parts like scoreTenths', () => {
    // 1000 · (0.45·1 + 0.2·0.5 + 0.15·0.2 + 0.1·0 + 0.1·1) = 1000 · 0.68
    expect(
      scoreTenthsOfParts({ needs: 1, evidence: 0.5, locality: 0.2, freshness: 0, verified: 1 }),
    ).toBe(680);
    expect(
      scoreTenthsOfParts({ needs: 0, evidence: 0, locality: 0, freshness: 1, verified: 0 }),
    ).toBe(100);
  });
});
