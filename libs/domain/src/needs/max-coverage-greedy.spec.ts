import { optimiseCoverage } from './max-coverage.js';

// The budgeted greedy on small examples worked out by hand: it takes candidates by gain per
// euro while they fit, and answers the single best affordable candidate instead when that one
// alone is worth more (which keeps its guarantee of ½(1 − 1/e)).

describe('optimiseCoverage, greedy under a euro budget', () => {
  it('takes the best gain per euro first, free ones before all, while the money lasts', () => {
    const s = optimiseCoverage(
      {
        weights: [10, 10, 10, 1],
        levels: [0, 0, 0, 0],
        candidates: [
          { id: 'a', cells: [0], cost: 10 }, // 1 per euro
          { id: 'b', cells: [1], cost: 5 }, // 2 per euro
          { id: 'c', cells: [2], cost: 20 }, // 0.5 per euro
          { id: 'd', cells: [3], cost: 0 }, // free
          { id: 'e', cells: [0, 1, 2], cost: 100 }, // more than the budget
        ],
        budget: { kind: 'EUROS', euros: 35 },
      },
      { greedyOnly: true },
    );
    expect(s.mode).toBe('GREEDY_BUDGETED');
    expect(s.steps.map((x) => x.candidateId).sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(s.value).toBe(31);
    expect(s.spent).toBe(35);
    // Steps by marginal gain; equal gains in the order the greedy took them (b, a, c).
    expect(s.steps.map((x) => [x.candidateId, x.gain, x.cost])).toEqual([
      ['b', 10, 5],
      ['a', 10, 10],
      ['c', 10, 20],
      ['d', 1, 0],
    ]);
  });

  it('skips a candidate that no longer fits and goes on with cheaper ones', () => {
    const s = optimiseCoverage(
      {
        weights: [8, 6, 1],
        levels: [0, 0, 0],
        candidates: [
          { id: 'big', cells: [0], cost: 8 }, // 1 per euro
          { id: 'mid', cells: [1], cost: 3 }, // 2 per euro
          { id: 'small', cells: [2], cost: 2 }, // 0.5 per euro
        ],
        budget: { kind: 'EUROS', euros: 6 },
      },
      { greedyOnly: true },
    );
    // mid (3), then big does not fit in the 3 left, small does.
    expect(s.steps.map((x) => x.candidateId)).toEqual(['mid', 'small']);
    expect(s.spent).toBe(5);
    expect(s.value).toBe(7);
  });

  it('answers the single best affordable candidate when it beats the greedy set', () => {
    const s = optimiseCoverage(
      {
        weights: [100, 1, 1],
        levels: [0, 0, 0],
        candidates: [
          { id: 'y', cells: [1], cost: 1 },
          { id: 'z', cells: [2], cost: 1 },
          { id: 'x', cells: [0], cost: 100 },
        ],
        budget: { kind: 'EUROS', euros: 100 },
      },
      { greedyOnly: true },
    );
    expect(s.steps).toEqual([{ candidateId: 'x', gain: 100, cumulative: 100, cost: 100 }]);
    expect(s.spent).toBe(100);
  });

  it('keeps the greedy set when the best single candidate is worth no more', () => {
    const s = optimiseCoverage(
      {
        weights: [5, 5, 10],
        levels: [0, 0, 0],
        candidates: [
          { id: 'p', cells: [0], cost: 1 },
          { id: 'q', cells: [1], cost: 1 },
          { id: 'r', cells: [2], cost: 10 },
        ],
        budget: { kind: 'EUROS', euros: 10 },
      },
      { greedyOnly: true },
    );
    // p and q (5 per euro) leave 8, too little for r; r alone is worth 10, the same as p + q.
    expect(s.steps.map((x) => x.candidateId).sort()).toEqual(['p', 'q']);
    expect(s.value).toBe(10);
  });

  it('leaves out candidates that add nothing, and partly met cells count for what is left', () => {
    const s = optimiseCoverage(
      {
        weights: [10, 4],
        levels: [0.5, 1],
        candidates: [
          { id: 'done', cells: [1], cost: 0 },
          { id: 'half', cells: [0], cost: 4 },
          { id: 'outside', cells: [7, -1], cost: 0 },
        ],
        budget: { kind: 'EUROS', euros: 4 },
      },
      { greedyOnly: true },
    );
    expect(s.steps).toEqual([{ candidateId: 'half', gain: 5, cumulative: 5, cost: 4 }]);
    expect(s.unmetBefore).toBe(5);
  });
});
