import { createContext } from 'react';

import { nl, type Messages } from './nl';

export type Language = 'nl' | 'en';

export interface I18nContextValue {
  lang: Language;
  setLang: (lang: Language) => void;
  t: Messages;
}

export const I18nContext = createContext<I18nContextValue>({
  lang: 'nl',
  setLang: () => undefined,
  t: nl,
});
