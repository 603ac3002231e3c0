import { REASON_CATALOGUES, renderReason } from '@partnerwijzer/domain/client';
import type { Language } from '../../../app/i18n/i18n-context';

export interface ReasonLike {
  code: string;
  text: string;
  params: unknown;
}

/**
 * The reason in the chosen language, and the language it is actually written in. Both languages
 * come from the domain's reason catalogue (the one the server renders `text` with); a code the
 * catalogue does not know yet (a newer server) falls back to the server's Dutch text, which the
 * caller marks lang="nl".
 */
export function reasonText(reason: ReasonLike, lang: Language): { text: string; lang: Language } {
  const text = renderReason(REASON_CATALOGUES[lang], reason.code, reason.params);
  return text === null ? { text: reason.text, lang: 'nl' } : { text, lang };
}
