// Offerings name their languages by ISO 639-1 code ("nl", "en", "tr"); people read names.
const cache = new Map<string, Intl.DisplayNames | null>();

/** "nl" → "Nederlands" (Dutch UI) or "Dutch" (English UI); the code itself if unknown. */
export function languageName(code: string, uiLanguage: string): string {
  if (!cache.has(uiLanguage)) {
    try {
      cache.set(uiLanguage, new Intl.DisplayNames([uiLanguage], { type: 'language' }));
    } catch {
      cache.set(uiLanguage, null);
    }
  }
  let name: string | undefined;
  try {
    name = cache.get(uiLanguage)?.of(code);
  } catch {
    name = undefined;
  }
  if (!name || name === code) return code;
  return name.charAt(0).toLocaleUpperCase(uiLanguage) + name.slice(1);
}
