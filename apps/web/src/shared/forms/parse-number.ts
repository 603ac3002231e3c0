import type { Language } from '../../app/i18n/i18n-context';

/**
 * A number as a person types it, read in the page's language: Dutch "10.000,50" (a point
 * groups thousands, a comma starts the decimals), English "10,000.50". Grouping is optional
 * ("10000" is fine) and may also be a space ("10 000").
 *
 * Ambiguous text is refused, never guessed. On a Dutch page "12.5" is not read as 12,5: a point
 * followed by other than groups of three digits is English, and guessing would make "12.5" and
 * "12.500" mean numbers a thousand times apart. The person is told how Dutch writes it
 * (OTHER_NOTATION); "1.500" stays 1500, as a Dutch reader reads it and as the page writes it.
 * The same the other way round on an English page.
 *
 * A whole number takes no decimal mark at all: "10,000" typed with the English habit on a Dutch
 * page would otherwise silently be 10. Exponents ("1e3"), hex ("0x10"), "Infinity", "NaN" and
 * a plus sign are not numbers here.
 */
export interface NumberRule {
  /** Counts and whole euros: no decimals. */
  whole?: boolean;
  /** The most decimals allowed (2 for euro amounts); any number when absent. */
  decimals?: number;
  /** An amount in euros: "€ 12,50" and Dutch "25,-" are read too. */
  euro?: boolean;
  /**
   * False for figures never written with thousands (coordinates): either mark is then the
   * decimal mark, since "52.37" copied from a map can only mean one thing.
   */
  grouping?: boolean;
  /** The largest value accepted (whole numbers stay within a GraphQL Int by default). */
  max?: number;
}

/** A count: a whole number. */
export const COUNT: NumberRule = { whole: true };
/** Euros and cents. */
export const EUROS: NumberRule = { euro: true, decimals: 2 };
/** Whole euros (a funding line). */
export const WHOLE_EUROS: NumberRule = { euro: true, whole: true };

export type NumberProblem =
  /** Letters, an exponent, hex, Infinity, no digits at all. */
  | 'NOT_A_NUMBER'
  /** Written the other language's way: "12.5" on a Dutch page, "12,5" on an English one. */
  | 'OTHER_NOTATION'
  /** Points and commas in wrong places: "1.2.3", "10.00,5", ",5", "12,". */
  | 'SEPARATORS'
  | 'NOT_WHOLE'
  | 'TOO_MANY_DECIMALS'
  | 'TOO_LARGE';

/** The value read (null for an empty field), or what is wrong with the text. */
export type ParsedNumber =
  { value: number | null; problem?: undefined } | { value?: undefined; problem: NumberProblem };

const INT_MAX = 2_147_483_647;

/** The largest size a rule accepts (also for the TOO_LARGE message). */
export const maxOf = (rule: NumberRule): number => rule.max ?? (rule.whole ? INT_MAX : Infinity);

interface Notation {
  decimal: string;
  group: string;
}
const NOTATION: Record<Language, Notation> = {
  nl: { decimal: ',', group: '.' },
  en: { decimal: '.', group: ',' },
};

const esc = (c: string) => (c === '.' ? '\\.' : c);

/** The text's digits as JavaScript reads them ("1000.5"), or null when the notation refuses it. */
function digitsIn(body: string, n: Notation): string | null {
  const d = esc(n.decimal);
  const plain = new RegExp(`^\\d+(${d}\\d+)?$`);
  // Groups of exactly three after a first group of one to three digits that is no zero.
  const grouped = new RegExp(`^[1-9]\\d{0,2}(${esc(n.group)}\\d{3})+(${d}\\d+)?$`);
  const spaced = new RegExp(`^[1-9]\\d{0,2}( \\d{3})+(${d}\\d+)?$`);
  if (plain.test(body) || spaced.test(body)) return body.replace(/ /g, '').replace(n.decimal, '.');
  if (grouped.test(body)) return body.split(n.group).join('').replace(n.decimal, '.');
  return null;
}

/** The number typed in `text`, read in `lang` under `rule`; a problem code when it is none. */
export function parseNumber(text: string, lang: Language, rule: NumberRule = {}): ParsedNumber {
  // Every kind of space (a pasted non-breaking or thin space) counts as one plain space.
  let body = text.replace(/[\s\u00a0\u202f\u2009]+/g, ' ').trim();
  if (body === '') return { value: null };
  if (rule.euro) {
    body = body.replace(/^€ ?/, '').replace(/ ?€$/, '');
    if (lang === 'nl') body = body.replace(/,[-–]$/, '');
  }
  const negative = /^[-−]/.test(body);
  if (negative) body = body.slice(1);
  // Digits and marks only, a space only between them.
  if (!/^[\d.,]+( [\d.,]+)*$/.test(body) || !/\d/.test(body)) return { problem: 'NOT_A_NUMBER' };

  const own = NOTATION[lang];
  const other = NOTATION[lang === 'nl' ? 'en' : 'nl'];
  let digits: string | null;
  if (rule.grouping === false) {
    digits = /^\d+([.,]\d+)?$/.test(body) ? body.replace(',', '.') : null;
  } else {
    digits = digitsIn(body, own);
    if (digits === null) {
      return { problem: digitsIn(body, other) === null ? 'SEPARATORS' : 'OTHER_NOTATION' };
    }
  }
  if (digits === null) return { problem: 'SEPARATORS' };

  const decimals = digits.split('.')[1]?.length ?? 0;
  if (rule.whole && decimals > 0) return { problem: 'NOT_WHOLE' };
  if (rule.decimals !== undefined && decimals > rule.decimals) {
    return { problem: 'TOO_MANY_DECIMALS' };
  }
  // Sized without its sign: a GraphQL Int holds as little below zero as above it.
  const size = Number(digits);
  if (!Number.isFinite(size) || size > maxOf(rule)) return { problem: 'TOO_LARGE' };
  // "-0" is plain 0.
  return { value: negative && size !== 0 ? -size : size };
}

/**
 * A stored number as a field shows it for editing, in the page's language and without
 * grouping ("1234,5"), so that it reads back as the same number.
 */
export function numberInputText(value: number | null | undefined, lang: Language): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return lang === 'nl' ? text.replace('.', ',') : text;
}
