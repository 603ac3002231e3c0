import type { ProblemCodeName } from '@partnerwijzer/domain/client';

import type { Language } from '../../app/i18n/i18n-context';
import { REQUIRED_TEXT } from './required-text';

// The API's input-problem codes (apps/api/src/common/validation/problem-codes.ts) in the
// user's language. A code that is missing here falls back to the server's own message, in the
// user's half of it (see inLanguage).

type Params = Record<string, string | number> | undefined;
type Texts = Record<Language, (p: Params) => string>;

const v = (p: Params, key: string) => String(p?.[key] ?? '?');
/** A number parameter written as the page's language writes numbers (1.000 / 1,000). */
const nlNum = (p: Params, key: string) => num(p, key, 'nl-NL');
const enNum = (p: Params, key: string) => num(p, key, 'en-GB');
function num(p: Params, key: string, locale: string): string {
  const value = p?.[key];
  return typeof value === 'number' ? value.toLocaleString(locale) : String(value ?? '?');
}

/**
 * What a count counts (the `unit` param of WHOLE_NUMBER_RANGE and TOO_MANY), in each language:
 * the server's message says it ("een geheel aantal aanbiedingen"), so the sentence does too.
 */
const UNITS: Record<string, Record<Language, string>> = {
  OFFERINGS: { nl: 'aanbiedingen', en: 'offerings' },
  SCHOOLS: { nl: 'scholen', en: 'schools' },
  LANGUAGES: { nl: 'talen', en: 'languages' },
};

/**
 * What kind of code is unknown (the `kind` param of UNKNOWN_CODES), one and more than one: the
 * server names it ("onbekende vestigingscode"), so the sentence does too.
 */
const KINDS: Record<string, Record<Language, [one: string, more: string]>> = {
  VESTIGINGSCODE: {
    nl: ['vestigingscode', 'vestigingscodes'],
    en: ['school code (vestigingscode)', 'school codes (vestigingscodes)'],
  },
  MUNICIPALITY: {
    nl: ['gemeentecode', 'gemeentecodes'],
    en: ['municipality code', 'municipality codes'],
  },
  PROVINCE: { nl: ['provinciecode', 'provinciecodes'], en: ['province code', 'province codes'] },
  ORGANISATION: { nl: ['organisatie', 'organisaties'], en: ['organisation', 'organisations'] },
  SERVICE: { nl: ['service', 'services'], en: ['service', 'services'] },
  TAXONOMY_TERM: {
    nl: ['taxonomieterm', 'taxonomietermen'],
    en: ['taxonomy term', 'taxonomy terms'],
  },
  LANGUAGE: { nl: ['taalcode', 'taalcodes'], en: ['language code', 'language codes'] },
};

/** The unit's word in `lang` followed by a space, or nothing for a count without one. */
function unitOf(p: Params, lang: Language): string {
  const unit = UNITS[String(p?.['unit'])];
  return unit ? `${unit[lang]} ` : '';
}

/** "Onbekende vestigingscode: QQ9999." / "Unknown: QQ9999." without a known kind. */
function unknownCodes(p: Params, lang: Language): string {
  const kind = KINDS[String(p?.['kind'])];
  const codes = v(p, 'codes');
  if (!kind) return lang === 'nl' ? `Onbekend: ${codes}.` : `Unknown: ${codes}.`;
  const noun = kind[lang][codes.includes(',') ? 1 : 0];
  return lang === 'nl' ? `Onbekende ${noun}: ${codes}.` : `Unknown ${noun}: ${codes}.`;
}

/**
 * Codes whose server message is shown (the user's half, as a sentence; problemText): INVALID, a
 * check whose own message says what is wrong (a validator with its own wording, the password
 * advice, the geometry check), and STATUS_CHANGED, which names the contact request's status now.
 */
type MessageCode = 'INVALID' | 'STATUS_CHANGED';
type CataloguedCode = Exclude<ProblemCodeName, MessageCode>;

export const PROBLEM_CATALOGUE: Record<CataloguedCode, Texts> = {
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
    nl: (p) => `Hoogstens ${nlNum(p, 'max')} ${unitOf(p, 'nl').trim() || 'keuzes'}.`,
    en: (p) => `At most ${enNum(p, 'max')} ${unitOf(p, 'en').trim() || 'items'}.`,
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
  NOT_FOUND: {
    nl: (p) => (p?.value === undefined ? 'Niet gevonden.' : `Niet gevonden: ${v(p, 'value')}.`),
    en: (p) => (p?.value === undefined ? 'Not found.' : `Not found: ${v(p, 'value')}.`),
  },
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
  TOO_MANY_OFFERINGS: {
    nl: (p) =>
      `Deze organisatie heeft al ${v(p, 'max')} aanbiedingen, het maximum; hergebruik een gearchiveerde.`,
    en: (p) =>
      `This organisation already has ${v(p, 'max')} offerings, the maximum; reuse an archived one.`,
  },
  TOO_MANY_AREAS: {
    nl: (p) =>
      `Alle aanbod van deze organisatie heeft samen ${nlNum(p, 'found')} werkgebieden, hoogstens ${nlNum(p, 'max')} toegestaan.`,
    en: (p) =>
      `All this organisation’s offerings have ${enNum(p, 'found')} areas together, at most ${enNum(p, 'max')} allowed.`,
  },
  TOO_MANY_CORNERS: {
    nl: (p) => `Te veel hoekpunten: ${nlNum(p, 'found')}, hoogstens ${nlNum(p, 'max')}.`,
    en: (p) => `Too many corners: ${enNum(p, 'found')}, at most ${enNum(p, 'max')}.`,
  },
  // The API's own refusals (services and libs/domain), each with its code since session 25.
  AT_LEAST_ONE: { nl: () => 'Kies er ten minste één.', en: () => 'Choose at least one.' },
  LISTED_TWICE: { nl: () => 'Staat er al.', en: () => 'Listed twice.' },
  RANGE_REVERSED: {
    nl: () => 'Het begin ligt na het einde.',
    en: () => 'The start lies after the end.',
  },
  OUT_OF_RANGE: {
    nl: (p) => `Moet van ${nlNum(p, 'min')} tot en met ${nlNum(p, 'max')} zijn.`,
    en: (p) => `Must be from ${enNum(p, 'min')} to ${enNum(p, 'max')}.`,
  },
  WHOLE_NUMBER_RANGE: {
    nl: (p) =>
      unitOf(p, 'nl')
        ? `Moet een geheel aantal ${unitOf(p, 'nl')}van ${nlNum(p, 'min')} tot en met ${nlNum(p, 'max')} zijn.`
        : `Moet een geheel getal van ${nlNum(p, 'min')} tot en met ${nlNum(p, 'max')} zijn.`,
    en: (p) =>
      `Must be a whole number ${unitOf(p, 'en') ? `of ${unitOf(p, 'en')}` : ''}from ${enNum(p, 'min')} to ${enNum(p, 'max')}.`,
  },
  OUT_OF_RANGE_ONE_DECIMAL: {
    nl: (p) => `Moet van ${nlNum(p, 'min')} tot en met ${nlNum(p, 'max')} zijn, op één decimaal.`,
    en: (p) => `Must be from ${enNum(p, 'min')} to ${enNum(p, 'max')}, to one decimal.`,
  },
  WHOLE_EUROS: {
    nl: () => 'Moet een heel bedrag in euro zijn, 0 of meer.',
    en: () => 'Must be whole euros, 0 or more.',
  },
  EUROS_ABOVE_ZERO: {
    nl: (p) => `Moet een bedrag in euro zijn, groter dan 0 en hoogstens ${nlNum(p, 'max')}.`,
    en: (p) => `Must be an amount in euros, above 0 and at most ${enNum(p, 'max')}.`,
  },
  INVALID_CURSOR: {
    nl: () => 'Deze vervolgpagina bestaat niet (meer).',
    en: () => 'This next page does not exist (any more).',
  },
  INVALID_DATE: {
    nl: () => 'Moet een datum zijn, bijvoorbeeld 2026-08-01, tussen 2000 en 2100.',
    en: () => 'Must be a date, for example 2026-08-01, between 2000 and 2100.',
  },
  BEFORE_START: {
    nl: (p) => `Ligt vóór de begindatum (${v(p, 'start')}).`,
    en: (p) => `Lies before the start date (${v(p, 'start')}).`,
  },
  PERIOD_TOO_LONG: {
    nl: (p) => `Hoogstens ${v(p, 'max')} jaar na de begindatum.`,
    en: (p) => `At most ${v(p, 'max')} years after the start date.`,
  },
  INVALID_SCHOOL_YEAR: {
    nl: () => 'Moet twee opeenvolgende jaren zijn, bijvoorbeeld 2026-2027.',
    en: () => 'Must be two consecutive years, for example 2026-2027.',
  },
  INVALID_YEAR: {
    nl: () => 'Moet een jaar zijn, bijvoorbeeld 2019.',
    en: () => 'Must be a year, for example 2019.',
  },
  INVALID_PERIOD: {
    nl: () => 'Moet één schooljaar (2023-2024) of drie schooljaren (2021-2024) zijn.',
    en: () => 'Must be one school year (2023-2024) or three (2021-2024).',
  },
  OUTSIDE_PERIOD: {
    nl: (p) => `Valt buiten de periode van de samenwerking (${v(p, 'start')} – ${v(p, 'end')}).`,
    en: (p) => `Lies outside the collaboration’s period (${v(p, 'start')} – ${v(p, 'end')}).`,
  },
  LEAVES_OUT_MONITORING: {
    nl: (p) => `Laat schooljaren met monitoring buiten de periode: ${v(p, 'years')}.`,
    en: (p) => `Leaves out school years with monitoring: ${v(p, 'years')}.`,
  },
  INVALID_MUNICIPALITY_CODE: {
    nl: () => 'Moet GM plus 4 cijfers zijn, bijvoorbeeld GM0606.',
    en: () => 'Must be GM and 4 digits, for example GM0606.',
  },
  INVALID_PROVINCE_CODE: {
    nl: () => 'Moet PV plus 2 cijfers zijn, bijvoorbeeld PV27.',
    en: () => 'Must be PV and 2 digits, for example PV27.',
  },
  INVALID_VESTIGINGSCODE: {
    nl: () => 'Moet 4 tekens plus 2 cijfers zijn, bijvoorbeeld 00AH07.',
    en: () => 'Must be 4 characters and 2 digits, for example 00AH07.',
  },
  INVALID_KVK: { nl: () => 'Moet 8 cijfers zijn.', en: () => 'Must be 8 digits.' },
  NOT_HTTPS: {
    nl: () => 'Moet een webadres zijn dat begint met https://.',
    en: () => 'Must be a web address starting with https://.',
  },
  UNUSUAL_EMAIL_SPELLING: {
    nl: () =>
      'Schrijf het adres zonder aanhalingstekens, haken of punt aan het eind, zoals naam@school.nl.',
    en: () =>
      'Write the address without quotes, brackets or a dot at the end, like naam@school.nl.',
  },
  EMAIL_TAKEN: {
    nl: () => 'Er is al een account met dit e-mailadres.',
    en: () => 'There is already an account with this email address.',
  },
  KVK_TAKEN: {
    nl: () => 'Deze organisatie staat er al; vraag toegang aan de beheerder.',
    en: () => 'This organisation is listed already; ask the administrator for access.',
  },
  LINK_INVALID: {
    nl: () => 'Deze link is ongeldig, verlopen of al gebruikt.',
    en: () => 'This link is invalid, expired or already used.',
  },
  UNKNOWN_CODES: { nl: (p) => unknownCodes(p, 'nl'), en: (p) => unknownCodes(p, 'en') },
  UNKNOWN_FUNDING_ROUTE: {
    nl: () => 'Onbekende financieringsroute; kies er een uit de lijst.',
    en: () => 'Unknown funding route; choose one from the list.',
  },
  INVALID_START_STATUS: {
    nl: () => 'Een samenwerking begint als gepland of actief.',
    en: () => 'A collaboration starts as planned or active.',
  },
  STATUS_CHANGE_NOT_ALLOWED: {
    nl: () => 'Deze statuswijziging kan niet vanuit de huidige status; laad de pagina opnieuw.',
    en: () => 'This status change is not possible from the current status; reload the page.',
  },
  CHANGED_MEANWHILE: {
    nl: () => 'Is intussen door iemand anders gewijzigd; laad de pagina opnieuw.',
    en: () => 'Was changed by someone else meanwhile; reload the page.',
  },
  MUNICIPALITY_OF_NO_SCHOOL: {
    nl: () => 'Moet de gemeente van een van de scholen zijn.',
    en: () => 'Must be the municipality of one of the schools.',
  },
  MUST_INCLUDE_REQUEST_SCHOOL: {
    nl: (p) => `Moet de school van de aanvraag bevatten (${v(p, 'vestigingscode')}).`,
    en: (p) => `Must include the request’s school (${v(p, 'vestigingscode')}).`,
  },
  MUST_INCLUDE_REQUEST_PARTNER: {
    nl: () => 'Moet de partner van de aanvraag bevatten.',
    en: () => 'Must include the request’s partner.',
  },
  ALREADY_A_COLLABORATION: {
    nl: () => 'Uit deze aanvraag is al een samenwerking gemaakt.',
    en: () => 'A collaboration was already made from this request.',
  },
  REQUEST_NOT_ACCEPTED: {
    nl: () => 'De partner heeft deze aanvraag nog niet geaccepteerd.',
    en: () => 'The partner has not accepted this request yet.',
  },
  ALREADY_REQUESTED: {
    nl: () => 'U heeft dit al aangevraagd; de partner neemt contact met u op.',
    en: () => 'You already requested this; the partner will contact you.',
  },
  NOT_COVERED: {
    nl: () => 'Dit aanbod bereikt deze school niet.',
    en: () => 'This offering does not reach this school.',
  },
  OFFERING_NOT_ACTIVE: {
    nl: () => 'Dit aanbod wordt nu niet aangeboden.',
    en: () => 'This offering is not available now.',
  },
  NOT_FOR_THIS_SCHOOL: {
    nl: (p) => `Geldt niet voor deze school: ${v(p, 'nl')}.`,
    en: (p) => `Does not apply to this school: ${v(p, 'en')}.`,
  },
  GROEP_RANGE: {
    nl: (p) => `Alleen groep ${v(p, 'min')} tot en met ${v(p, 'max')} voor deze school.`,
    en: (p) => `Only groups ${v(p, 'min')} to ${v(p, 'max')} for this school.`,
  },
  LEERJAAR_RANGE: {
    nl: (p) => `Alleen leerjaar ${v(p, 'min')} tot en met ${v(p, 'max')} voor deze school.`,
    en: (p) => `Only school years ${v(p, 'min')} to ${v(p, 'max')} for this school.`,
  },
  NO_ACTIVE_SCHOOL_HERE: {
    nl: () => 'Geen actieve school in deze gemeente.',
    en: () => 'Not an active school in this municipality.',
  },
  SCHOOL_NOT_ACTIVE: {
    nl: () => 'Deze school is niet (meer) actief.',
    en: () => 'This school is not active (any more).',
  },
  RADIUS_WITH_CENTRE: {
    nl: () => 'Een straal hoort bij een middelpunt, en omgekeerd.',
    en: () => 'A radius and a centre go together.',
  },
  RADIUS_RANGE: {
    nl: (p) => `Moet tussen ${nlNum(p, 'min')} en ${nlNum(p, 'max')} km liggen.`,
    en: (p) => `Must be between ${enNum(p, 'min')} and ${enNum(p, 'max')} km.`,
  },
  COST_NEEDED_FOR_EUROS: {
    nl: () => 'Kosten zijn nodig bij een budget in euro’s.',
    en: () => 'A cost is needed with a budget in euros.',
  },
  BOTH_NAMES: {
    nl: () => 'Geef deze lijst onder één naam, niet onder beide.',
    en: () => 'Give this list under one name, not both.',
  },
  SCHOOL_OR_LOCATION: {
    nl: () => 'Geef óf een school óf een plaats.',
    en: () => 'Give either a school or a place.',
  },
  MUNICIPALITY_NEEDED: {
    nl: () => 'Geef de gemeente: er zijn geen scholen om die uit af te leiden.',
    en: () => 'Give the municipality: there are no schools to derive it from.',
  },
  DISTANCE_NEEDS_ORIGIN: {
    nl: () => 'Sorteren op afstand vraagt om een school of een punt.',
    en: () => 'Sorting by distance needs a school or a point.',
  },
  ONLY_WITH_PROVINCE: {
    nl: () => 'Alleen bij het niveau provincie.',
    en: () => 'Only with the province level.',
  },
  SEARCH_ALREADY_SAVED: {
    nl: () => 'U heeft deze zoekopdracht al bewaard; u vindt hem onder Mijn zoekopdrachten.',
    en: () => 'You have already saved this search; find it under My searches.',
  },
  TOO_MANY_SAVED_SEARCHES: {
    nl: (p) => `U heeft al ${v(p, 'max')} bewaarde zoekopdrachten; verwijder er eerst een.`,
    en: (p) => `You already have ${v(p, 'max')} saved searches; delete one first.`,
  },
  CANNOT_RESUBMIT: {
    nl: () => 'Kan niet opnieuw ter verificatie: de organisatie wacht al of is al beoordeeld.',
    en: () => 'Cannot be submitted again: the organisation is waiting or was already reviewed.',
  },
  NOT_PENDING: {
    nl: () => 'Deze organisatie wacht niet (meer) op verificatie.',
    en: () => 'This organisation is not waiting for verification (any more).',
  },
  TOO_LARGE_FILE: {
    nl: (p) => `Mag hoogstens ${v(p, 'max')} groot zijn.`,
    en: (p) => `At most ${v(p, 'max')} in size.`,
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

/**
 * A server message as a sentence: a capital first letter and a full stop, as the catalogue's
 * texts read ("is ongeldig" → "Is ongeldig.").
 */
export function asSentence(text: string): string {
  const trimmed = text.trim();
  if (trimmed === '') return trimmed;
  const capital = trimmed.charAt(0).toLocaleUpperCase() + trimmed.slice(1);
  return /[.!?…]$/.test(capital) ? capital : `${capital}.`;
}

/**
 * The text for one problem: from the catalogue by code, else the user's half of the server's
 * message, as a sentence (an older server's refusal, or INVALID with its own wording).
 */
export function problemText(
  problem: { code?: string | null; params?: Params; message: string },
  lang: Language,
): string {
  const texts = problem.code
    ? (PROBLEM_CATALOGUE as Partial<Record<string, Texts>>)[problem.code]
    : undefined;
  return texts ? texts[lang](problem.params) : asSentence(inLanguage(problem.message, lang));
}
