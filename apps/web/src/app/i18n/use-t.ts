import { useContext } from 'react';

import { I18nContext, type I18nContextValue } from './i18n-context';
import type { Messages } from './nl';

/** The texts in the current language. */
export function useT(): Messages {
  return useContext(I18nContext).t;
}

/** The current language and a way to change it. */
export function useLanguage(): Pick<I18nContextValue, 'lang' | 'setLang'> {
  const { lang, setLang } = useContext(I18nContext);
  return { lang, setLang };
}
