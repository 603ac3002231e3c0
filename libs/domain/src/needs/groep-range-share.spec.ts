import { groepRangeShare } from './groep-range-share.js';

// A needs-profile line may name the groepen it is about; the share of pupils it stands for is
// one eighth per groep of 1–8 in that range. The applicability table's share (here 0.3) counts
// when the line names no groep, or none of groep 1–8.
describe('groepRangeShare', () => {
  it.each([
    ['no groep named', {}, 0.3],
    ['both bounds null', { groepMin: null, groepMax: null }, 0.3],
    ['one groep (min = max)', { groepMin: 3, groepMax: 3 }, 1 / 8],
    ['groep 1 to 2', { groepMin: 1, groepMax: 2 }, 2 / 8],
    ['groep 1 to 8', { groepMin: 1, groepMax: 8 }, 1],
    ['only a lower bound: up to groep 8', { groepMin: 7 }, 2 / 8],
    ['only an upper bound: from groep 1', { groepMax: 4 }, 4 / 8],
    ['a range reaching past groep 8 is cut at 8', { groepMin: 6, groepMax: 12 }, 3 / 8],
    ['a range starting below groep 1 is cut at 1', { groepMin: -2, groepMax: 1 }, 1 / 8],
    ['a range holding no groep of 1–8', { groepMin: 9, groepMax: 10 }, 0.3],
    ['an inverted range holds no groep', { groepMin: 5, groepMax: 4 }, 0.3],
  ])('%s', (_case, line, share) => {
    expect(groepRangeShare(line, 0.3)).toBeCloseTo(share, 12);
  });
});
