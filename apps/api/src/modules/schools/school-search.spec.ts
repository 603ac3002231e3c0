import { buildVocabulary, correctTerm, editDistance } from './school-search.js';

describe('school search typo tolerance', () => {
  const vocabulary = buildVocabulary([
    { name: 'De Regenboog', city: 'Schiedam', address: 'Lange Haven 12' },
    { name: 'Het Kompas', city: 'Rotterdam', address: 'Beukelsdijk 4' },
    { name: 'Sint Jozef', city: 'Rotterdam', address: 'Kerkstraat 1' },
    { name: 'De Vlieger', city: 'Schoonhoven', address: 'Kerkstraat 9' },
  ]);

  it('measures edits with adjacent swaps counted once, stopping past the limit', () => {
    expect(editDistance('schiedm', 'schiedam', 2)).toBe(1);
    expect(editDistance('rotetrdam', 'rotterdam', 2)).toBe(1);
    expect(editDistance('kompas', 'kompas', 1)).toBe(0);
    expect(editDistance('amsterdam', 'rotterdam', 2)).toBe(3);
  });

  it('corrects a misspelt place, street or name to the closest known word', () => {
    expect(correctTerm('schiedm', vocabulary)).toBe('schiedam');
    expect(correctTerm('Beukeldsijk', vocabulary)).toBe('beukelsdijk');
    expect(correctTerm('regenbog schiedam', vocabulary)).toBe('regenboog schiedam');
  });

  it('corrects a half-typed word against the start of a longer one', () => {
    expect(correctTerm('roterd', vocabulary)).toBe('rotterdam');
  });

  it('prefers the word more schools share when two are as close', () => {
    // "kerkstrat" is one edit from "kerkstraat" (two schools) only.
    expect(correctTerm('kerkstrat', vocabulary)).toBe('kerkstraat');
  });

  it('leaves short words, known words and hopeless words alone', () => {
    expect(correctTerm('de', vocabulary)).toBeNull();
    expect(correctTerm('schiedam', vocabulary)).toBeNull();
    expect(correctTerm('xyzzyq', vocabulary)).toBeNull();
  });
});
