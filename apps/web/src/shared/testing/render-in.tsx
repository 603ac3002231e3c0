import { render } from '@testing-library/react';
import type { ReactElement } from 'react';

import { en } from '../../app/i18n/en';
import { I18nContext, type Language } from '../../app/i18n/i18n-context';
import { nl } from '../../app/i18n/nl';
import { addPageMessages } from '../../app/i18n/page-messages';
import { pageTextsEn, pageTextsNl } from '../../app/i18n/page-texts';

// Tests render pages' components directly: their texts are in place from the start.
addPageMessages(nl, pageTextsNl);
addPageMessages(en, pageTextsEn);

/**
 * Renders with the texts of one language, without the provider's storage and effects. Its
 * `rerender` keeps the language around the new element, so the component keeps its state
 * (without it the tree changes shape and the component mounts afresh).
 */
export function renderIn(lang: Language, ui: ReactElement) {
  const value = { lang, t: lang === 'en' ? en : nl, setLang: () => undefined };
  const inLanguage = (element: ReactElement) => <I18nContext value={value}>{element}</I18nContext>;
  const result = render(inLanguage(ui));
  return { ...result, rerender: (element: ReactElement) => result.rerender(inLanguage(element)) };
}

/** An error as Apollo Client reports a GraphQL error (CombinedGraphQLErrors has `errors`). */
export function graphqlError(message: string, extensions: Record<string, unknown>) {
  return Object.assign(new Error(message), { errors: [{ message, extensions }] });
}
