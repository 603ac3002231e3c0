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

/** Renders with the texts of one language, without the provider's storage and effects. */
export function renderIn(lang: Language, ui: ReactElement) {
  const value = { lang, t: lang === 'en' ? en : nl, setLang: () => undefined };
  return render(<I18nContext value={value}>{ui}</I18nContext>);
}

/** An error as Apollo Client reports a GraphQL error (CombinedGraphQLErrors has `errors`). */
export function graphqlError(message: string, extensions: Record<string, unknown>) {
  return Object.assign(new Error(message), { errors: [{ message, extensions }] });
}
