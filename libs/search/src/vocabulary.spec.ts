import { expandTerm, queryTerms } from './query-text.js';
import { synonymMap } from './synonyms.js';

// The search vocabulary as behaviour: which words a query drops, which it widens to which
// synonyms. Written out here, so that changing the vocabulary is a deliberate test change.

describe('stop words', () => {
  it('drops every Dutch function word from a query', () => {
    const functionWords =
      'aan al als bij dan dat de den der des die dit door een en er het hun in is je met na ' +
      'naar niet of om ook op over te ten ter tot uit van voor wat we wie wij zijn zo';
    for (const word of functionWords.split(' ')) {
      expect([word, queryTerms(word)]).toEqual([word, []]);
    }
  });

  it('keeps the words that carry meaning, also next to stop words', () => {
    expect(queryTerms('hulp bij lezen voor de ouders')).toEqual(['hulp', 'lezen', 'ouders']);
    expect(queryTerms('Zijn er mentoren?')).toEqual(['mentoren']);
  });
});

describe('synonyms', () => {
  // Each group, looked up from its first word and from its last: symmetric.
  const groups: [string, string[][]][] = [
    [
      'bijles',
      [['bijles'], ['tutoring'], ['huiswerkbegeleiding'], ['extra', 'leertijd'], ['huiswerkhulp']],
    ],
    ['jeugdzorg', [['jeugdzorg'], ['jeugdhulp'], ['wijkteam'], ['schoolmaatschappelijk', 'werk']]],
    ['ouders', [['ouders'], ['ouderbetrokkenheid'], ['gezin']]],
    ['lezen', [['lezen'], ['lees'], ['voorlezen'], ['leesbevordering']]],
    ['taal', [['taal'], ['taalontwikkeling'], ['nederlands']]],
    ['mentor', [['mentor'], ['maatje'], ['coach'], ['mentoring']]],
    ['armoede', [['armoede'], ['schulden'], ['minima']]],
    ['peuters', [['peuters'], ['vve'], ['voorschool'], ['kinderopvang']]],
    ['cultuur', [['cultuur'], ['kunst'], ['museum']]],
    ['rekenen', [['rekenen'], ['wiskunde']]],
  ];

  it.each(groups)('widens %s to its group', (first, expansion) => {
    expect(expandTerm(first)).toEqual(expansion);
  });

  it.each(groups)(
    'widens the last word of the %s group back to the others',
    (_first, expansion) => {
      const last = expansion[expansion.length - 1]!.join(' ');
      const expected = [expansion[expansion.length - 1]!, ...expansion.slice(0, -1)];
      // A phrase is not a query term; its words are looked up as they are.
      if (last.includes(' ')) return;
      expect(expandTerm(last)).toEqual(expected);
    },
  );

  it('leaves a word without synonyms alone', () => {
    expect(expandTerm('schaken')).toEqual([['schaken']]);
  });

  it('makes each group symmetric and merges groups that share a word', () => {
    expect(
      synonymMap([
        ['a', 'b'],
        ['a', 'c'],
      ]),
    ).toEqual({ a: ['b', 'c'], b: ['a'], c: ['a'] });
    expect(synonymMap([['x', 'y', 'x']])).toEqual({ x: ['y'], y: ['x'] });
    expect(synonymMap([])).toEqual({});
  });
});
