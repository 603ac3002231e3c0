import { describe, expect, it } from '@jest/globals';

import { formsEn, formsNl } from './forms.messages';
import {
  COUNT,
  EUROS,
  WHOLE_EUROS,
  numberInputText,
  parseNumber,
  type NumberProblem,
  type NumberRule,
} from './parse-number';

const value = (text: string, lang: 'nl' | 'en', rule?: NumberRule) =>
  parseNumber(text, lang, rule).value;
const problem = (text: string, lang: 'nl' | 'en', rule?: NumberRule) =>
  parseNumber(text, lang, rule).problem;

/** A case: the text, the page's language, the rule, and the number read or the problem found. */
type Reading = [
  text: string,
  lang: 'nl' | 'en',
  rule: NumberRule | undefined,
  NumberProblem | number,
];

/** Cases of one language and rule, from rows of a text and what it reads as. */
const readings = (
  lang: 'nl' | 'en',
  rule: NumberRule | undefined,
  rows: [string, NumberProblem | number][],
): Reading[] => rows.map(([text, expected]) => [text, lang, rule, expected]);

/** Checks a case: its value when a number is expected, else its problem. */
function expectReading(...[text, lang, rule, expected]: Reading) {
  if (typeof expected === 'number') expect(value(text, lang, rule)).toBe(expected);
  else expect(problem(text, lang, rule)).toBe(expected);
}

/** The title of a table of cases, with each case's text, language, rule and outcome. */
const titled = (what: string) => `${what}: %j (%s, %o) gives %p`;

describe('parseNumber in Dutch', () => {
  it.each([
    ['12', 12],
    ['12,5', 12.5],
    ['12,50', 12.5],
    ['10.000', 10_000],
    ['1.500', 1500],
    ['10.000,50', 10_000.5],
    ['1.234.567,891', 1_234_567.891],
    ['10000', 10_000],
    ['10000,5', 10_000.5],
    ['10 000', 10_000],
    ['10\u00a0000,5', 10_000.5],
    ['10\u202f000', 10_000],
    ['  7  ', 7],
    ['0,5', 0.5],
    ['007', 7],
    ['-3', -3],
    ['−2,5', -2.5],
    ['0', 0],
    ['-0', 0],
  ])('reads %j as %p', (text, expected) => {
    expect(parseNumber(text, 'nl')).toEqual({ value: expected });
  });

  it('reads an empty field (spaces only too) as no number', () => {
    expect(parseNumber('', 'nl')).toEqual({ value: null });
    expect(parseNumber('   ', 'nl', COUNT)).toEqual({ value: null });
  });

  it.each(['12.5', '0.5', '3.75', '1,000.50', '10,000.5', '0.500', '1.5', '10000.000'])(
    'refuses %j, written the English way, rather than guess',
    (text) => {
      expect(problem(text, 'nl')).toBe('OTHER_NOTATION');
    },
  );

  it.each(['1.2.3', '10.00,5', '1.000,5,0', ',5', '12,', '.', '1..000', '1,2,3', '1 00'])(
    'refuses %j: separators in the wrong places',
    (text) => {
      expect(problem(text, 'nl')).toBe(text === '.' ? 'NOT_A_NUMBER' : 'SEPARATORS');
    },
  );

  it.each([
    '1e3',
    '1E3',
    '0x10',
    'Infinity',
    '-Infinity',
    'NaN',
    'twee',
    '12abc',
    '+5',
    '--5',
    '- 5',
    '5-',
    '½',
    '١٢',
    '12 euro',
  ])('refuses %j: no number', (text) => {
    expect(problem(text, 'nl')).toBe('NOT_A_NUMBER');
  });

  it.each(
    readings('nl', COUNT, [
      ['10.000', 10_000],
      ['46', 46],
      ['2,5', 'NOT_WHOLE'],
      ['10,000', 'NOT_WHOLE'],
      ['12,0', 'NOT_WHOLE'],
      ['2.5', 'OTHER_NOTATION'],
    ]),
  )(
    titled('a count takes no decimal mark, not even "10,000" (English habit) or "12,0"'),
    expectReading,
  );

  it.each([
    ...readings('nl', COUNT, [
      ['2.147.483.647', 2_147_483_647],
      ['2.147.483.648', 'TOO_LARGE'],
      ['-3.000.000.000', 'TOO_LARGE'],
      ['9'.repeat(400), 'TOO_LARGE'],
    ]),
    ...readings('nl', undefined, [['9'.repeat(400), 'TOO_LARGE']]),
    ...readings('nl', { whole: true, max: 50 }, [['51', 'TOO_LARGE']]),
  ])(titled('a count stays within a GraphQL Int, on both sides of zero'), expectReading);

  it.each([
    ...readings('nl', EUROS, [
      ['12,50', 12.5],
      ['€ 10.000', 10_000],
      ['€10.000,95', 10_000.95],
      ['250 €', 250],
      ['25,-', 25],
      ['12,505', 'TOO_MANY_DECIMALS'],
      ['10,000', 'TOO_MANY_DECIMALS'],
      ['€ € 5', 'NOT_A_NUMBER'],
    ]),
    // A euro sign only in a euro field.
    ...readings('nl', COUNT, [['€ 5', 'NOT_A_NUMBER']]),
  ])(titled('euros: at most two decimals, a euro sign and "25,-" allowed'), expectReading);

  it.each(
    readings('nl', WHOLE_EUROS, [
      ['12.000', 12_000],
      ['€ 25,-', 25],
      ['12,50', 'NOT_WHOLE'],
    ]),
  )(titled('whole euros: "12.000" and "€ 25,-", never cents'), expectReading);

  it.each(
    readings('nl', { decimals: 1 }, [
      ['120,5', 120.5],
      ['120,25', 'TOO_MANY_DECIMALS'],
    ]),
  )(titled('at most one decimal where one is allowed (hours)'), expectReading);

  const coordinate = { grouping: false };
  it.each([
    ...readings('nl', coordinate, [
      ['51,9225', 51.9225],
      ['51.9225', 51.9225],
      ['51.922', 51.922],
    ]),
    ...readings('en', coordinate, [['4,479', 4.479]]),
    ...readings('nl', coordinate, [
      ['1.000,5', 'SEPARATORS'],
      ['51 922', 'SEPARATORS'],
      ['1e3', 'NOT_A_NUMBER'],
    ]),
  ])(titled('without grouping (coordinates) either mark is the decimal mark'), expectReading);
});

describe('parseNumber in English', () => {
  it.each([
    ['12', 12],
    ['12.5', 12.5],
    ['12.50', 12.5],
    ['10,000', 10_000],
    ['10,000.50', 10_000.5],
    ['1,234,567.891', 1_234_567.891],
    ['10000.5', 10_000.5],
    ['10 000.5', 10_000.5],
    ['0.5', 0.5],
    ['-3.25', -3.25],
  ])('reads %j as %p', (text, expected) => {
    expect(parseNumber(text, 'en')).toEqual({ value: expected });
  });

  it.each(['12,5', '0,5', '10.000,50', '1.500,5', '10000,000'])(
    'refuses %j, written the Dutch way, rather than guess',
    (text) => {
      expect(problem(text, 'en')).toBe('OTHER_NOTATION');
    },
  );

  it.each(['1.2.3', '10,00.5', ',5', '12.', '1,,000'])(
    'refuses %j: separators in the wrong places',
    (text) => {
      expect(problem(text, 'en')).toBe('SEPARATORS');
    },
  );

  it.each(['1e3', '0x10', 'Infinity', 'NaN', 'two'])('refuses %j: no number', (text) => {
    expect(problem(text, 'en')).toBe('NOT_A_NUMBER');
  });

  it.each(
    readings('en', COUNT, [
      ['10,000', 10_000],
      ['10.000', 'NOT_WHOLE'],
      ['2.5', 'NOT_WHOLE'],
    ]),
  )(titled('a count takes no decimals, not even "10.000" typed the Dutch way'), expectReading);

  it.each(
    readings('en', EUROS, [
      ['€ 10,000.95', 10_000.95],
      ['12.505', 'TOO_MANY_DECIMALS'],
      ['25,-', 'NOT_A_NUMBER'],
    ]),
  )(titled('euros: cents after a point, "25,-" is Dutch only'), expectReading);
});

describe('numberInputText (a stored number shown for editing)', () => {
  it('writes the language’s decimal mark without grouping, so it reads back the same', () => {
    expect(numberInputText(1234.5, 'nl')).toBe('1234,5');
    expect(numberInputText(1234.5, 'en')).toBe('1234.5');
    expect(numberInputText(12000, 'nl')).toBe('12000');
    expect(numberInputText(null, 'nl')).toBe('');
    expect(numberInputText(undefined, 'en')).toBe('');
    for (const n of [0, 0.25, 31.57, 10_000, 3560.4, -2.5]) {
      for (const lang of ['nl', 'en'] as const) {
        expect(value(numberInputText(n, lang), lang)).toBe(n);
      }
    }
  });
});

describe('the problems in words', () => {
  it('says each problem in Dutch and English, with an example in the page’s notation', () => {
    expect(formsNl.number('OTHER_NOTATION', {})).toBe(
      'schrijf decimalen met een komma en duizendtallen met een punt, zoals 12,5 of 10.000',
    );
    expect(formsEn.number('OTHER_NOTATION', {})).toBe(
      'write decimals with a point and thousands with a comma, such as 12.5 or 10,000',
    );
    expect(formsNl.number('NOT_WHOLE', COUNT)).toBe(
      'moet een geheel getal zijn, zonder komma, zoals 12 of 10.000',
    );
    expect(formsNl.number('NOT_WHOLE', WHOLE_EUROS)).toBe(
      'alleen hele euro’s, zonder komma, zoals 12 of 10.000',
    );
    expect(formsEn.number('NOT_A_NUMBER', WHOLE_EUROS)).toBe(
      'must be an amount in whole euros, such as 12 or 10,000',
    );
    expect(formsNl.number('NOT_A_NUMBER', EUROS)).toBe(
      'moet een bedrag zijn, zoals 12,50 of 10.000',
    );
    expect(formsEn.number('TOO_MANY_DECIMALS', EUROS)).toBe('at most 2 decimals, such as 12.50');
    expect(formsNl.number('TOO_MANY_DECIMALS', { decimals: 1 })).toBe(
      'hoogstens één cijfer na de komma, zoals 12,5',
    );
    expect(formsNl.number('TOO_LARGE', COUNT)).toBe('is te groot; hoogstens 2.147.483.647');
    expect(formsEn.number('TOO_LARGE', COUNT)).toBe('is too large; at most 2,147,483,647');
    expect(formsNl.number('TOO_LARGE', {})).toBe('is te groot');
    expect(formsNl.number('SEPARATORS', { grouping: false })).toBe(
      'moet een getal zijn met hoogstens één komma, zoals 51,92',
    );
  });
});
