import {
  isLanguageCode,
  normaliseLanguages,
  parseLanguageTag,
  readLanguageTags,
} from './language.js';

describe('language tags', () => {
  it.each([
    ['nl', 'nl'],
    ['nl-NL', 'nl'],
    ['NL', 'nl'],
    [' en_GB ', 'en'],
    ['pap', 'pap'],
    ['zh-Hant-TW', 'zh'],
    ['sr-Latn', 'sr'],
  ])('reads %j as %j', (raw, code) => {
    expect(parseLanguageTag(raw)).toBe(code);
  });

  it.each(['', ' ', 'n', 'nederlands', 'nl-', 'nl--NL', '-nl', '12', 'nl NL', 'nl-toolongsubtag'])(
    'refuses %j',
    (raw) => {
      expect(parseLanguageTag(raw)).toBeNull();
    },
  );

  it('keeps each code once, in the order first named, dropping non-tags', () => {
    expect(normaliseLanguages(['nl-NL', 'ar', '', 'NL', 'nl-BE', 'Turks', 'TR'])).toEqual([
      'nl',
      'ar',
      'tr',
    ]);
  });

  // One reading for an offering's languages and the matcher's and search's filters: a blank
  // entry is dropped by all three, a non-tag left for the validator to refuse.
  it('reads a sent list: tags as codes, blanks dropped, the rest kept to be refused', () => {
    expect(readLanguageTags([' NL ', '', 'tr_TR', '  ', 'Turks', 7, 'nl'])).toEqual([
      'nl',
      'tr',
      'Turks',
      7,
      'nl',
    ]);
    expect(readLanguageTags([''])).toEqual([]);
  });

  it('tells a stored code from a tag', () => {
    expect(isLanguageCode('nl')).toBe(true);
    expect(isLanguageCode('nl-NL')).toBe(false);
    expect(isLanguageCode('NL')).toBe(false);
  });
});
