import type { Language } from '../../app/i18n/i18n-context';
import { REQUIRED_TEXT } from './required-text';

// The API's input-problem codes (apps/api/src/common/validation/problem-codes.ts) in the
// user's language. A code that is missing here falls back to the server's own message, in the
// user's half of it (see inLanguage).

type Params = Record<string, string | number> | undefined;
type Texts = Record<Language, (p: Params) => string>;

const v = (p: Params, key: string) => String(p?.[key] ?? '?');

export const PROBLEM_CATALOGUE: Record<string, Texts> = {
  TOO_LONG: {
    nl: (p) => `Mag hoogstens ${v(p, 'max')} tekens zijn.`,
    en: (p) => `At most ${v(p, 'max')} characters.`,
  },
  TOO_SHORT: {
    nl: (p) => `Moet minstens ${v(p, 'min')} tekens zijn.`,
    en: (p) => `At least ${v(p, 'min')} characters.`,
  },
  LENGTH_OUT_OF_RANGE: {
    nl: (p) => `Moet ${v(p, 'min')} tot ${v(p, 'max')} tekens zijn.`,
    en: (p) => `Must be ${v(p, 'min')} to ${v(p, 'max')} characters.`,
  },
  TOO_MANY: {
    nl: (p) => `Hoogstens ${v(p, 'max')} keuzes.`,
    en: (p) => `At most ${v(p, 'max')} items.`,
  },
  TOO_FEW: {
    nl: (p) => `Minstens ${v(p, 'min')} keuzes.`,
    en: (p) => `At least ${v(p, 'min')} items.`,
  },
  TOO_LARGE: {
    nl: (p) => `Mag hoogstens ${v(p, 'max')} zijn.`,
    en: (p) => `At most ${v(p, 'max')}.`,
  },
  TOO_SMALL: {
    nl: (p) => `Moet minstens ${v(p, 'min')} zijn.`,
    en: (p) => `At least ${v(p, 'min')}.`,
  },
  NOT_WHOLE_NUMBER: {
    nl: () => 'Moet een geheel getal zijn.',
    en: () => 'Must be a whole number.',
  },
  NOT_A_NUMBER: { nl: () => 'Moet een getal zijn.', en: () => 'Must be a number.' },
  NOT_TEXT: { nl: () => 'Moet tekst zijn.', en: () => 'Must be text.' },
  NOT_A_LIST: { nl: () => 'Moet een lijst zijn.', en: () => 'Must be a list.' },
  NOT_TRUE_OR_FALSE: { nl: () => 'Moet ja of nee zijn.', en: () => 'Must be yes or no.' },
  INVALID_EMAIL: { nl: () => 'Geen geldig e-mailadres.', en: () => 'Not a valid email address.' },
  INVALID_WEBSITE: {
    nl: () => 'Geen geldig webadres, bijvoorbeeld https://www.voorbeeld.nl.',
    en: () => 'Not a valid web address, for example https://www.example.nl.',
  },
  INVALID_PHONE: {
    nl: () => 'Geen geldig telefoonnummer, bijvoorbeeld 010 123 45 67.',
    en: () => 'Not a valid phone number, for example 010 123 45 67.',
  },
  UNKNOWN_VALUE: { nl: () => 'Geen toegestane waarde.', en: () => 'Not an allowed value.' },
  INVALID_ID: { nl: () => 'Geen geldig id.', en: () => 'Not a valid id.' },
  INVALID_FORMAT: { nl: () => 'Heeft niet de juiste vorm.', en: () => 'Has the wrong format.' },
  REQUIRED: { nl: () => REQUIRED_TEXT.nl, en: () => REQUIRED_TEXT.en },
  UNKNOWN_FIELD: { nl: () => 'Onbekend veld.', en: () => 'Unknown field.' },
  NOT_FOUND: { nl: () => 'Niet gevonden.', en: () => 'Not found.' },
  OUTSIDE_NETHERLANDS: {
    nl: () => 'Ligt niet in Nederland.',
    en: () => 'Lies outside the Netherlands.',
  },
  TOO_DEEP: {
    nl: (p) => `Te diep genest (hoogstens ${v(p, 'max')} niveaus).`,
    en: (p) => `Nested too deeply (at most ${v(p, 'max')} levels).`,
  },
  CONTROL_CHARACTERS: {
    nl: () => 'Bevat tekens die niet in tekst horen.',
    en: () => 'Contains characters that do not belong in text.',
  },
};

/**
 * One half of a bilingual server message "Nederlands (English)": the Dutch part for nl, the
 * bracketed English part for en. A message without that shape is returned as it is.
 */
export function inLanguage(message: string, lang: Language): string {
  const found = /^(.*\S)\s+\(([^()]*(?:\([^()]*\)[^()]*)*)\)\s*$/s.exec(message);
  if (!found) return message;
  return lang === 'nl' ? found[1]! : found[2]!;
}

/** The text for one problem: from the catalogue by code, else the server's message. */
export function problemText(
  problem: { code?: string | null; params?: Params; message: string },
  lang: Language,
): string {
  const texts = problem.code ? PROBLEM_CATALOGUE[problem.code] : undefined;
  return texts ? texts[lang](problem.params) : inLanguage(problem.message, lang);
}
