import { excerpt, highlightSegments, segmentsFromMarked } from './highlight.js';
import { MAX_QUERY_TERMS, expandTerm, queryTerms } from './query-text.js';

const plain = (text: string) => ({ text, match: false });
const hit = (text: string) => ({ text, match: true });
const joined = (segments: { text: string }[]) => segments.map((s) => s.text).join('');

describe('highlightSegments, edge cases', () => {
  it('returns the whole text unmarked without terms or without text', () => {
    expect(highlightSegments('Voorlezen', [])).toEqual([plain('Voorlezen')]);
    expect(highlightSegments('', ['lezen'])).toEqual([plain('')]);
  });

  it('ignores one-letter terms but marks two-letter ones', () => {
    expect(highlightSegments('vve en taal', ['v'])).toEqual([plain('vve en taal')]);
    expect(highlightSegments('vve en taal', ['vv'])).toEqual([hit('vve'), plain(' en taal')]);
  });

  it('marks a match at the very start and at the very end, with nothing empty around it', () => {
    expect(highlightSegments('lezen', ['lezen'])).toEqual([hit('lezen')]);
    expect(highlightSegments('lezen, rekenen', ['lezen', 'rekenen'])).toEqual([
      hit('lezen'),
      plain(', '),
      hit('rekenen'),
    ]);
    expect(highlightSegments('wij lezen.', ['lezen'])).toEqual([
      plain('wij '),
      hit('lezen'),
      plain('.'),
    ]);
  });

  it('joins neighbouring matches into one segment only when nothing lies between them', () => {
    expect(highlightSegments('taal taal', ['taal'])).toEqual([
      hit('taal'),
      plain(' '),
      hit('taal'),
    ]);
  });

  it('keeps every character of the text', () => {
    const text = '  Bijles – rekenen & taal!  ';
    expect(joined(highlightSegments(text, ['bijles', 'taal']))).toBe(text);
  });
});

describe('segmentsFromMarked, edge cases', () => {
  const mark = (s: string) => segmentsFromMarked(s, '<', '>');

  it('parses a mark at the start, one at the end and two in a row', () => {
    expect(mark('<a>b')).toEqual([hit('a'), plain('b')]);
    expect(mark('a<b>')).toEqual([plain('a'), hit('b')]);
    expect(mark('<a><b>')).toEqual([hit('ab')]);
    expect(mark('')).toEqual([]);
    expect(mark('no marks')).toEqual([plain('no marks')]);
  });

  it('takes an unclosed mark as running to the end', () => {
    expect(mark('a<bc')).toEqual([plain('a'), hit('bc')]);
  });

  it('works with sentinels longer than one character', () => {
    expect(segmentsFromMarked('x[[y]]z', '[[', ']]')).toEqual([plain('x'), hit('y'), plain('z')]);
  });

  it('drops an empty mark, joining the plain text around it', () => {
    expect(mark('a<>b')).toEqual([plain('ab')]);
    expect(mark('<>')).toEqual([]);
  });

  it('looks for the closing sentinel only after the opening one', () => {
    // A closing sentinel inside the plain text before the mark is plain text.
    expect(segmentsFromMarked('a]b[[c]', '[[', ']')).toEqual([plain('a]b'), hit('c')]);
  });
});

describe('excerpt', () => {
  it('leaves text that fits alone, also at exactly the maximum', () => {
    const segments = [plain('abc'), hit('de')];
    expect(excerpt(segments, 5)).toBe(segments);
    expect(excerpt(segments, 10)).toBe(segments);
  });

  it('cuts at the end only when the match is near the start', () => {
    const cut = excerpt([hit('ab'), plain('cdefghij')], 5);
    expect(cut).toEqual([hit('ab'), plain('cde'), plain('…')]);
  });

  it('starts up to 60 characters before the first match, marking both cuts', () => {
    const before = 'x'.repeat(100);
    const cut = excerpt([plain(before), hit('bijles'), plain('y'.repeat(100))], 80);
    expect(cut[0]).toEqual(plain('…'));
    expect(cut[1]).toEqual(plain('x'.repeat(60)));
    expect(cut[2]).toEqual(hit('bijles'));
    expect(cut[3]).toEqual(plain('y'.repeat(14)));
    expect(cut[4]).toEqual(plain('…'));
    expect(cut).toHaveLength(5);
  });

  it('does not cut the start when the match lies within the first 60 characters', () => {
    const cut = excerpt([plain('x'.repeat(10)), hit('ab'), plain('y'.repeat(100))], 20);
    expect(cut).toEqual([plain('x'.repeat(10)), hit('ab'), plain('y'.repeat(8)), plain('…')]);
  });

  it('cuts text without any match from the start', () => {
    expect(excerpt([plain('abcdefgh')], 4)).toEqual([plain('abcd'), plain('…')]);
    // Also when it comes in several segments: no match means no reason to skip any.
    expect(excerpt([plain('x'.repeat(100)), plain('y')], 20)).toEqual([
      plain('x'.repeat(20)),
      plain('…'),
    ]);
  });

  it('marks no end cut when the text after a late match fits', () => {
    const cut = excerpt([plain('x'.repeat(100)), hit('ab')], 80);
    expect(cut).toEqual([plain('…'), plain('x'.repeat(60)), hit('ab')]);
  });
});

describe('queryTerms and expandTerm, edge cases', () => {
  it('splits on anything but letters and digits and drops empty words', () => {
    expect(queryTerms('  lezen!!  ')).toEqual(['lezen']);
    expect(queryTerms('groep-7/8')).toEqual(['groep', '7', '8']);
    expect(queryTerms('')).toEqual([]);
  });

  it('keeps at most the first eight distinct terms', () => {
    expect(MAX_QUERY_TERMS).toBe(8);
    const words = 'a1 a2 a3 a4 a5 a6 a7 a8 a9 a10';
    expect(queryTerms(words)).toEqual(['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7', 'a8']);
    expect(queryTerms('lezen lezen Lezen')).toEqual(['lezen']);
  });

  it('folds combining marks, also several on one letter', () => {
    expect(queryTerms('e\u0301\u0308tude')).toEqual(['etude']);
  });

  it('expands nothing for a term without letters', () => {
    expect(expandTerm('')).toEqual([]);
    expect(expandTerm('--')).toEqual([]);
    expect(expandTerm('vo-school')).toEqual([['vo', 'school']]);
  });
});
