import { ORGANISATION_PROFILE_MAX_LENGTH } from './organisation-values.js';

// A partner's phone number as people in the Netherlands write it (sign-up and the profile):
// groups of digits with spaces or a hyphen between them, a bracketed group — the area code
// "(010) 123 45 67", or the trunk zero of an international number "+31 (0)10 123 4567" — and
// an international number after "+" or "00". The digits are counted, not just the characters:
// a Dutch number has ten (0 and nine more), service numbers 0800/090x eight or eleven, a
// municipality's 14-number ("14 010") five or six, any other country 7 to 15 (E.164 allows at
// most 15, country code included).

interface DigitGroup {
  digits: string;
  bracketed: boolean;
}

/** A Dutch number as dialled inside the country (digits only). */
function isDutchNational(digits: string): boolean {
  return /^0[1-9]\d{8}$/.test(digits) || /^0(?:800|900|906|909)\d{4}(?:\d{3})?$/.test(digits);
}

/**
 * The digit groups of `text`, or null when it has another shape: only digits, whitespace,
 * brackets around one group, one hyphen between two groups and a "+" in front. A scan rather
 * than one regular expression: nested repetition backtracks badly on long junk.
 */
function digitGroups(text: string): { plus: boolean; groups: DigitGroup[] } | null {
  const plus = text.startsWith('+');
  const groups: DigitGroup[] = [];
  let i = plus ? 1 : 0;
  while (i < text.length) {
    const bracketed = text[i] === '(';
    const start = bracketed ? i + 1 : i;
    let end = start;
    while (end < text.length && /\d/.test(text[end])) end++;
    if (end === start) return null;
    if (bracketed && text[end] !== ')') return null;
    groups.push({ digits: text.slice(start, end), bracketed });
    i = bracketed ? end + 1 : end;
    if (i === text.length) break;
    // Between two groups: whitespace with at most one hyphen, or nothing next to a bracket.
    const separator = /^\s*-?\s*/.exec(text.slice(i))![0];
    if (separator === '' && !bracketed && text[i] !== '(') return null;
    i += separator.length;
    if (i === text.length) return null;
  }
  return groups.length > 0 ? { plus, groups } : null;
}

/**
 * Whether `text` (trimmed) is a phone number in a usual Dutch or international notation:
 * "010 123 45 67", "(010) 123 45 67", "06-12345678", "+31 (0)10 123 4567", "0031 10 123 4567",
 * "+32 2 123 45 67", "0800-1234", "14 010". Refused: text without enough digits ("------"),
 * letters, ten digits that are not a Dutch number's, too few or too many digits.
 */
export function isPhone(text: string): boolean {
  const value = text.trim();
  if (value.length > ORGANISATION_PROFILE_MAX_LENGTH.phone) return false;
  const parsed = digitGroups(value);
  if (!parsed) return false;
  const { plus, groups } = parsed;
  const first = groups[0];
  const all = groups.map((g) => g.digits).join('');
  if (groups.filter((g) => g.bracketed).length > 1) return false;
  if (plus || (!first.bracketed && all.startsWith('00'))) {
    // International: brackets after the country code; "(0)" is the trunk zero, not dialled.
    if (first.bracketed) return false;
    const dialled = groups
      .filter((g) => !(g.bracketed && g.digits === '0'))
      .map((g) => g.digits)
      .join('');
    const number = plus ? dialled : dialled.slice(2);
    if (number.startsWith('31')) return isDutchNational(`0${number.slice(2)}`);
    return /^[1-9]\d{6,14}$/.test(number);
  }
  // National: only the area code may be bracketed, and it comes first.
  if (groups.some((g, i) => g.bracketed && i > 0)) return false;
  return isDutchNational(all) || (!first.bracketed && /^140\d{2,3}$/.test(all));
}
