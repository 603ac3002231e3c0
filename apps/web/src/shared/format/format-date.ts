import type { Language } from '../../app/i18n/i18n-context';

/** "23 nov 2026 14:05" (nl) or "23 Nov 2026, 14:05" (en). */
export function formatDateTime(value: string | Date, lang: Language): string {
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'nl-NL', {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(value));
}

/**
 * A calendar day the API sends as ISO `YYYY-MM-DD` (a period's start or end, a funding line's
 * dates), as the reader writes it: "7 december 2026" (nl), "7 December 2026" (en). Read in UTC,
 * so no time zone moves it to the day before. A text that is no such day is shown as it is.
 */
export function formatDay(isoDay: string, lang: Language): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDay)) return isoDay;
  const day = new Date(`${isoDay}T00:00:00Z`);
  if (Number.isNaN(day.getTime())) return isoDay;
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'nl-NL', {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(day);
}
