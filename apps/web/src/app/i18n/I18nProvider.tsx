import { useEffect, useMemo, useState, type ReactNode } from 'react';

import { en } from './en';
import { I18nContext, type Language } from './i18n-context';
import { nl } from './nl';

const STORAGE_KEY = 'partnerwijzer.lang';
const DICTIONARIES = { nl, en } as const;

function readStoredLanguage(): Language {
  try {
    return window.localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'nl';
  } catch {
    // Storage can be blocked (private mode, strict settings): Dutch is the default.
    return 'nl';
  }
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Language>(readStoredLanguage);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const value = useMemo(
    () => ({
      lang,
      t: DICTIONARIES[lang],
      setLang: (next: Language) => {
        setLangState(next);
        try {
          window.localStorage.setItem(STORAGE_KEY, next);
        } catch {
          // Not persisting is acceptable; the switch still works for this visit.
        }
      },
    }),
    [lang],
  );

  return <I18nContext value={value}>{children}</I18nContext>;
}
