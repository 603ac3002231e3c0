import { nextDigestAt, type DigestFrequency } from './digest-schedule.js';

describe('nextDigestAt', () => {
  const nextFrom = (at: string, frequency: DigestFrequency) =>
    nextDigestAt(new Date(at), frequency).toISOString();

  it('is the next 06:00 UTC for a daily digest', () => {
    expect(nextFrom('2026-12-05T05:59:59Z', 'DAILY')).toBe('2026-12-05T06:00:00.000Z');
    expect(nextFrom('2026-12-05T06:00:00Z', 'DAILY')).toBe('2026-12-06T06:00:00.000Z');
    expect(nextFrom('2026-12-31T23:00:00Z', 'DAILY')).toBe('2027-01-01T06:00:00.000Z');
  });

  it('is the next Monday 06:00 UTC for a weekly digest', () => {
    // 2026-12-05 is a Saturday; 2026-12-07 a Monday.
    expect(nextFrom('2026-12-05T10:00:00Z', 'WEEKLY')).toBe('2026-12-07T06:00:00.000Z');
    expect(nextFrom('2026-12-07T05:00:00Z', 'WEEKLY')).toBe('2026-12-07T06:00:00.000Z');
    expect(nextFrom('2026-12-07T06:00:00Z', 'WEEKLY')).toBe('2026-12-14T06:00:00.000Z');
  });
});
