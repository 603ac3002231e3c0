// "Nog actueel": a record whose partner has not confirmed it for a set number of months is
// flagged as stale in search, in match results and in the admin's list.
export const DEFAULT_STALE_AFTER_MONTHS = 12;

/**
 * The moment before which a confirmation counts as stale: `months` calendar months before
 * `now` (the 31st of a shorter month falls back to its last day, as a person would count).
 */
export function staleCutoff(now: Date, months: number): Date {
  const cutoff = new Date(now.getTime());
  const day = cutoff.getUTCDate();
  cutoff.setUTCDate(1);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  const lastDay = new Date(
    Date.UTC(cutoff.getUTCFullYear(), cutoff.getUTCMonth() + 1, 0),
  ).getUTCDate();
  cutoff.setUTCDate(Math.min(day, lastDay));
  return cutoff;
}

/** True when never confirmed, or last confirmed before the cutoff. */
export function isStale(lastConfirmedAt: Date | null, now: Date, months: number): boolean {
  if (lastConfirmedAt === null || Number.isNaN(lastConfirmedAt.getTime())) return true;
  return lastConfirmedAt.getTime() < staleCutoff(now, months).getTime();
}
