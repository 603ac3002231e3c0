// When a saved search's digest is due (docs/decisions/0021). One fixed moment in UTC, so every
// replica agrees without a time-zone table: 06:00 UTC is 07:00 Dutch winter time and 08:00
// summer time, before a school day starts. DAILY: the next such moment after `now`; WEEKLY:
// the next Monday at that moment.

export const DIGEST_FREQUENCIES = ['DAILY', 'WEEKLY'] as const;
export type DigestFrequency = (typeof DIGEST_FREQUENCIES)[number];

export const DIGEST_HOUR_UTC = 6;

export function nextDigestAt(now: Date, frequency: DigestFrequency): Date {
  const next = new Date(
    Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), DIGEST_HOUR_UTC),
  );
  if (next.getTime() <= now.getTime()) next.setUTCDate(next.getUTCDate() + 1);
  if (frequency === 'WEEKLY') {
    // getUTCDay: 0 = Sunday, 1 = Monday.
    while (next.getUTCDay() !== 1) next.setUTCDate(next.getUTCDate() + 1);
  }
  return next;
}
