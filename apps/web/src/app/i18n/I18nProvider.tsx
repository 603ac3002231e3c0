import { useEffect, useMemo, useState, type ReactNode } from 'react';

import { I18nContext, type Language } from './i18n-context';
import { nl, type Messages } from './nl';
import { addPageMessages } from './page-messages';

const STORAGE_KEY = 'partnerwijzer.lang';

// Dutch comes with the entry; the English texts are a chunk of their own, loaded when chosen
// (or before the first render when the visitor chose English before: main.tsx), so a Dutch
// visit does not download them (decision 0015, addendum).
let english: Messages | null = null;
let pageTexts: typeof import('./page-texts') | null = null;

export async function loadEnglish(): Promise<Messages> {
  if (!english) {
    const { en } = await import('./en');
    if (pageTexts) addPageMessages(en, pageTexts.pageTextsEn);
    english = en;
  }
  return english;
}

/** The texts of the lazily loaded pages (page-messages.ts), before such a page renders. */
export async function loadPageMessages(): Promise<void> {
  if (pageTexts) return;
  const texts = await import('./page-texts');
  addPageMessages(nl, texts.pageTextsNl);
  if (english) addPageMessages(english, texts.pageTextsEn);
  pageTexts = texts;
}

export function readStoredLanguage(): Language {
  try {
    return window.localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'nl';
  } catch {
    // Storage can be blocked (private mode, strict settings): Dutch is the default.
    return 'nl';
  }
}

export function I18nProvider({ children }: { children: ReactNode }) {
  // English only once its texts are here; until then (or if they fail to load) Dutch.
  const [lang, setLangState] = useState<Language>(() =>
    readStoredLanguage() === 'en' && english ? 'en' : 'nl',
  );

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const value = useMemo(
    () => ({
      lang,
      t: lang === 'en' && english ? english : nl,
      setLang: (next: Language) => {
        try {
          window.localStorage.setItem(STORAGE_KEY, next);
        } catch {
          // Not persisting is acceptable; the switch still works for this visit.
        }
        if (next === 'nl') setLangState('nl');
        else void loadEnglish().then(() => setLangState('en'));
      },
    }),
    [lang],
  );

  return <I18nContext value={value}>{children}</I18nContext>;
}
