import { isPhone } from './phone.js';

describe('isPhone', () => {
  it.each([
    ['010 123 45 67', 'spaces'],
    ['0101234567', 'no separators'],
    ['(010) 123 45 67', 'the area code in brackets'],
    ['(010)-1234567', 'a bracketed area code and a hyphen'],
    ['(0297) 12 34 56', 'a four-digit area code in brackets'],
    ['010-123 45 67', 'a hyphen after the area code'],
    ['010 - 123 45 67', 'a hyphen between spaces'],
    ['06-12345678', 'a mobile number'],
    ['(06) 1234 5678', 'a mobile number, bracketed'],
    ['  010 123 45 67  ', 'surrounding spaces (trimmed)'],
    ['010\u00a0123\u00a045\u00a067', 'non-breaking spaces copied from a web page'],
    ['+31 10 123 45 67', 'international'],
    ['+31101234567', 'international, no separators'],
    ['+31 (0)10 123 4567', 'international with the trunk zero in brackets'],
    ['+31(0)6-12345678', 'international mobile with "(0)", no spaces'],
    ['0031 10 123 45 67', 'international after 00'],
    ['0031 (0)10 123 45 67', 'after 00 with "(0)"'],
    ['+32 2 123 45 67', 'Belgium'],
    ['+49 (0)30 1234567', 'Germany with "(0)"'],
    ['+1 (555) 123-4567', 'the American way'],
    ['0800-1234', 'a free service number, short'],
    ['0900 123 4567', 'a service number, long'],
    ['14 010', "a municipality's 14-number"],
    ['140297', 'a 14-number with a four-digit area code'],
  ])('accepts %s (%s)', (text) => {
    expect(isPhone(text)).toBe(true);
  });

  it.each([
    ['', 'empty'],
    ['------', 'hyphens only'],
    ['(((((( ))))))', 'brackets only'],
    ['bel ons', 'words'],
    ['010-123456a', 'a letter'],
    ['010 123 45 6', 'nine digits'],
    ['010 123 45 678', 'eleven digits'],
    ['1012345678', 'ten digits without the leading 0'],
    ['123456', 'six digits, no Dutch form'],
    ['010--1234567', 'two hyphens in a row'],
    ['-010 1234567', 'a leading hyphen'],
    ['010 1234567-', 'a trailing hyphen'],
    ['010.123.45.67', 'dots'],
    ['(010 123 45 67', 'an unclosed bracket'],
    ['010 (123) 45 67', 'brackets after the area code'],
    ['(010) (123) 4567', 'two bracketed groups'],
    ['++31 10 123 45 67', 'two plus signs'],
    ['+ 31 10 123 45 67', 'a space after the plus'],
    ['31+ 10 123 45 67', 'a plus inside'],
    ['+(0)10 123 45 67', 'brackets right after the plus'],
    ['+31 10 123 45 6', 'a Dutch number with eight digits after +31'],
    ['+31 010 123 45 67', 'the trunk zero dialled after +31'],
    ['+31 10 123 45 678', 'ten digits after +31'],
    ['+123456', 'six digits international'],
    ['+1234567890123456', 'sixteen digits international'],
    ['+0 123 456 789', 'a country code starting with 0'],
    ['0031 10 123 45 67 89 01 23 45', 'far too many digits after 00'],
    ['0800 123', 'a service number with seven digits'],
    ['14 01', 'a 14-number too short'],
    ['(14) 010', 'a 14-number in brackets'],
    [`010 ${'1'.repeat(40)}`, 'longer than the column'],
  ])('refuses %s (%s)', (text) => {
    expect(isPhone(text)).toBe(false);
  });
});
