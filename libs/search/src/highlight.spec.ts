import { excerpt, highlightSegments, segmentsFromMarked } from './highlight.js';
import { expandTerm, fold, queryTerms } from './query-text.js';

describe('query text', () => {
  it('folds accents and case', () => {
    expect(fold('Súdwest-Fryslân É')).toBe('sudwest-fryslan e');
  });

  it('drops stop words and duplicates', () => {
    expect(queryTerms('Bijles voor de groep 8 en groep 8')).toEqual(['bijles', 'groep', '8']);
  });

  it('expands synonyms, keeping a synonym of several words together as a phrase', () => {
    expect(expandTerm('bijles')).toEqual([
      ['bijles'],
      ['tutoring'],
      ['huiswerkbegeleiding'],
      ['extra', 'leertijd'],
      ['huiswerkhulp'],
    ]);
    expect(expandTerm('werk')).toEqual([['werk']]);
  });
});

describe('highlights', () => {
  it('marks words containing a term and keeps the original text', () => {
    const segments = highlightSegments('Voorlezen in het café', ['lezen', 'cafe']);
    expect(segments).toEqual([
      { text: 'Voorlezen', match: true },
      { text: ' in het ', match: false },
      { text: 'café', match: true },
    ]);
  });

  it('parses sentinel-marked text', () => {
    expect(segmentsFromMarked('a \u0002b\u0003 c', '\u0002', '\u0003')).toEqual([
      { text: 'a ', match: false },
      { text: 'b', match: true },
      { text: ' c', match: false },
    ]);
  });

  it('cuts long text around the first match', () => {
    const long = `${'woord '.repeat(100)}bijles ${'rest '.repeat(100)}`;
    const cut = excerpt(highlightSegments(long, ['bijles']), 120);
    const text = cut.map((s) => s.text).join('');
    expect(text.length).toBeLessThanOrEqual(124);
    expect(cut.some((s) => s.match && s.text === 'bijles')).toBe(true);
    expect(text.startsWith('…')).toBe(true);
  });
});
