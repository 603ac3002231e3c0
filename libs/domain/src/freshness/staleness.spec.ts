import { isStale, staleCutoff } from './staleness.js';

describe('staleness', () => {
  const now = new Date('2026-03-31T10:00:00Z');

  it('counts calendar months back, clamping to the last day of a shorter month', () => {
    expect(staleCutoff(now, 12).toISOString()).toBe('2025-03-31T10:00:00.000Z');
    expect(staleCutoff(now, 1).toISOString()).toBe('2026-02-28T10:00:00.000Z');
    expect(staleCutoff(new Date('2024-02-29T00:00:00Z'), 12).toISOString()).toBe(
      '2023-02-28T00:00:00.000Z',
    );
    expect(staleCutoff(now, 25).toISOString()).toBe('2024-02-29T10:00:00.000Z');
  });

  it('flags records confirmed before the cutoff or never confirmed', () => {
    expect(isStale(new Date('2025-03-31T09:59:59Z'), now, 12)).toBe(true);
    expect(isStale(new Date('2025-03-31T10:00:00Z'), now, 12)).toBe(false);
    expect(isStale(new Date('2026-01-01T00:00:00Z'), now, 12)).toBe(false);
    expect(isStale(new Date('2025-09-01T00:00:00Z'), now, 6)).toBe(true);
    expect(isStale(null, now, 12)).toBe(true);
    expect(isStale(new Date(Number.NaN), now, 12)).toBe(true);
  });
});
