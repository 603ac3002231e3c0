import { formatNumberNl, freshnessReason, groepText, uncoveredText } from './reasons.js';
import { DAY_MS, freshnessScore, needsScore, scoreTenths } from './score.js';

describe('score', () => {
  const now = Date.UTC(2025, 5, 1);
  it('keeps freshness at 1 for half a year, then falls linearly to 0 at two years', () => {
    expect(freshnessScore(now - 180 * DAY_MS, now)).toBe(1);
    expect(freshnessScore(now + 3 * DAY_MS, now)).toBe(1);
    expect(freshnessScore(now - 455 * DAY_MS, now)).toBeCloseTo(0.5, 10);
    expect(freshnessScore(now - 730 * DAY_MS, now)).toBe(0);
    expect(freshnessScore(Number.NaN, now)).toBe(0);
  });

  it('weights needs', () => {
    const w = new Float64Array(11);
    w[0] = 3;
    w[3] = 1;
    expect(needsScore(0b1, w, 4)).toBe(0.75);
    expect(needsScore(0b1001, w, 4)).toBe(1);
    expect(needsScore(0, w, 0)).toBe(1);
  });

  it('combines the parts with the documented weights', () => {
    expect(scoreTenths(1, 1, 1, 1, 1)).toBe(1000);
    expect(scoreTenths(0, 0, 0, 0, 0)).toBe(0);
    expect(scoreTenths(1, 0.75, 0.2, 1, 1)).toBe(830);
  });
});

describe('reasons', () => {
  it('formats Dutch numbers', () => {
    expect(formatNumberNl(3.24)).toBe('3,2');
    expect(formatNumberNl(25)).toBe('25');
    expect(formatNumberNl(2.96)).toBe('3');
  });

  it('writes groep ranges', () => {
    expect(groepText(6, 8)).toBe('groep 6–8');
    expect(groepText(8, 8)).toBe('groep 8');
    expect(groepText(null, 2)).toBe('groep 1–2');
    expect(groepText(null, null)).toBeNull();
  });

  it('speaks about freshness only when it is clearly fresh or stale', () => {
    const now = Date.UTC(2025, 5, 1);
    expect(freshnessReason(now - 10 * DAY_MS, now)?.text).toBe(
      'gegevens bevestigd in het afgelopen halfjaar',
    );
    expect(freshnessReason(now - 300 * DAY_MS, now)).toBeNull();
    expect(freshnessReason(now - 400 * DAY_MS, now)?.text).toBe(
      'al meer dan een jaar niet bevestigd',
    );
    expect(freshnessReason(Number.NaN, now)?.code).toBe('NEVER_CONFIRMED');
  });

  it('lists uncovered needs', () => {
    expect(uncoveredText(['OUDERBETROKKENHEID', 'MENTORING'])).toBe(
      'geen aanbod gevonden voor: ouderbetrokkenheid, mentoring',
    );
    expect(uncoveredText([])).toBeNull();
  });
});
