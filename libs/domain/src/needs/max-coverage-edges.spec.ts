import fc from 'fast-check';
import {
  type CoverageCandidate,
  coverageValue,
  type CoverageProblem,
  optimiseCoverage,
} from './max-coverage.js';
import { bruteForceCoverage } from './max-coverage-reference.js';

// Edges of the scenario optimiser that its other specs leave open (a mutation run showed them):
// malformed problems and budgets, costs a euro budget cannot use, ties, partly met cells when
// the greedy set is weighed against the best single candidate, and euro costs below one.

const euroProblem = (
  weights: number[],
  levels: number[],
  candidates: CoverageCandidate[],
  euros: number,
): CoverageProblem => ({ weights, levels, candidates, budget: { kind: 'EUROS', euros } });

const fourCells = (budget: CoverageProblem['budget']): CoverageProblem => ({
  weights: [5, 5, 5, 5],
  levels: [0, 0, 0, 0],
  candidates: [
    { id: 'no-cost', cells: [0] },
    { id: 'null-cost', cells: [1], cost: null },
    { id: 'negative', cells: [2], cost: -10 },
    { id: 'not-a-number', cells: [3], cost: Number.NaN },
    { id: 'priced', cells: [0, 1, 2, 3], cost: 30 },
  ],
  budget,
});

describe('optimiseCoverage, malformed input', () => {
  it('refuses weights and levels of different lengths', () => {
    const problem: CoverageProblem = {
      weights: [1, 2],
      levels: [0],
      candidates: [{ id: 'a', cells: [0, 1] }],
      budget: { kind: 'COUNT', count: 1 },
    };
    expect(() => optimiseCoverage(problem)).toThrow(
      'max-coverage: weights and levels differ in length',
    );
    expect(() => coverageValue(problem, ['a'])).toThrow(
      'max-coverage: weights and levels differ in length',
    );
  });

  it.each([Number.NaN, -1, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])(
    'refuses a euro budget of %p',
    (euros) => {
      expect(() => optimiseCoverage(fourCells({ kind: 'EUROS', euros }))).toThrow(
        'max-coverage: euro budget must be a number ≥ 0',
      );
    },
  );

  it.each([1.5, -1, Number.NaN, Number.POSITIVE_INFINITY])(
    'refuses a count budget of %p',
    (count) => {
      expect(() => optimiseCoverage(fourCells({ kind: 'COUNT', count }))).toThrow(
        'max-coverage: count budget must be a whole number ≥ 0',
      );
    },
  );
});

describe('optimiseCoverage, costs', () => {
  it('under a euro budget leaves out candidates whose cost is missing, negative or not a number', () => {
    // Only "priced" has a usable cost, and it costs more than the budget.
    const s = optimiseCoverage(fourCells({ kind: 'EUROS', euros: 20 }));
    expect(s.steps).toEqual([]);
    expect(s.value).toBe(0);
    expect(s.spent).toBe(0);
    expect(s.unmetBefore).toBe(20);
    const greedy = optimiseCoverage(fourCells({ kind: 'EUROS', euros: 20 }), { greedyOnly: true });
    expect(greedy.steps).toEqual([]);
  });

  it('under a count budget ignores costs altogether', () => {
    const s = optimiseCoverage(fourCells({ kind: 'COUNT', count: 1 }));
    expect(s.steps).toEqual([{ candidateId: 'priced', gain: 20, cumulative: 20, cost: null }]);
    expect(s.spent).toBeNull();
  });

  it('gives equal gain per euro to the first candidate listed, so an answer does not vary', () => {
    const problem = euroProblem(
      [5, 5],
      [0, 0],
      [
        { id: 'first', cells: [0], cost: 5 },
        { id: 'second', cells: [1], cost: 5 },
      ],
      5,
    );
    for (const options of [{ greedyOnly: true }, {}]) {
      expect(optimiseCoverage(problem, options).steps.map((x) => x.candidateId)).toEqual(['first']);
    }
  });

  it('weighs a partly met cell by what is left when it compares the greedy set with the best single candidate', () => {
    // "small" meets the last tenth of a cell weighing 20 (gain 2 for 1 euro, the best ratio);
    // then "big" (gain 10 for 10 euros) no longer fits. Alone, "big" is worth more than 2.
    const s = optimiseCoverage(
      euroProblem(
        [10, 20],
        [0, 0.9],
        [
          { id: 'big', cells: [0], cost: 10 },
          { id: 'small', cells: [1], cost: 1 },
        ],
        10,
      ),
      { greedyOnly: true },
    );
    expect(s.steps).toEqual([{ candidateId: 'big', gain: 10, cumulative: 10, cost: 10 }]);
    expect(s.spent).toBe(10);
  });

  it('in exact mode equals a brute-force search when costs are fractions of a euro', () => {
    // The bound of the exact search divides by costs; below one euro a wrong bound would prune
    // the optimum away.
    const arb = fc.integer({ min: 1, max: 8 }).chain((m) =>
      fc.record({
        weights: fc.array(fc.integer({ min: 0, max: 20 }), { minLength: m, maxLength: m }),
        levels: fc.array(fc.constantFrom(0, 0, 0.5), { minLength: m, maxLength: m }),
        candidates: fc.array(
          fc.record({
            cells: fc.uniqueArray(fc.integer({ min: 0, max: m - 1 }), { maxLength: m }),
            cost: fc.integer({ min: 1, max: 300 }).map((c) => c / 100),
          }),
          { maxLength: 8 },
        ),
        euros: fc.integer({ min: 0, max: 600 }).map((e) => e / 100),
      }),
    );
    fc.assert(
      fc.property(arb, ({ weights, levels, candidates, euros }) => {
        const problem: CoverageProblem = {
          weights,
          levels,
          candidates: candidates.map((c, i) => ({ ...c, id: `c${i}` })),
          budget: { kind: 'EUROS', euros },
        };
        const s = optimiseCoverage(problem);
        expect(s.mode).toBe('EXACT');
        expect(s.value).toBeCloseTo(bruteForceCoverage(problem).value, 6);
        expect(s.spent!).toBeLessThanOrEqual(euros + 1e-9);
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});

describe('bruteForceCoverage (the test oracle)', () => {
  it('leaves out candidates without a cost under a euro budget, as the optimiser does', () => {
    const problem = euroProblem(
      [5, 3],
      [0, 0],
      [
        { id: 'unknown', cells: [0] },
        { id: 'null', cells: [0], cost: null },
        { id: 'known', cells: [1], cost: 1 },
      ],
      100,
    );
    expect(bruteForceCoverage(problem)).toEqual({ value: 3, ids: ['known'] });
    expect(optimiseCoverage(problem).value).toBe(3);
  });

  it('refuses more than 20 candidates', () => {
    const problem: CoverageProblem = {
      weights: [1],
      levels: [0],
      candidates: Array.from({ length: 21 }, (_, i) => ({ id: `c${i}`, cells: [0] })),
      budget: { kind: 'COUNT', count: 1 },
    };
    expect(() => bruteForceCoverage(problem)).toThrow('bruteForceCoverage: at most 20 candidates');
  });
});
