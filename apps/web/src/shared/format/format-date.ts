import type { Language } from '../../app/i18n/i18n-context';

/** "23 nov 2026 14:05" (nl) or "23 Nov 2026, 14:05" (en). */
export function formatDateTime(value: string | Date, lang: Language): string {
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'nl-NL', {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(value));
}
