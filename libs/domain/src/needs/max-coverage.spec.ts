import fc from 'fast-check';
import {
  coverageValue,
  type CoverageProblem,
  MODE_GUARANTEE,
  optimiseCoverage,
} from './max-coverage.js';
import { bruteForceCoverage } from './max-coverage-reference.js';

const problemArb = (maxCandidates: number, euros: boolean) =>
  fc
    .integer({ min: 1, max: 14 })
    .chain((m) =>
      fc.record({
        weights: fc.array(fc.integer({ min: 0, max: 50 }), { minLength: m, maxLength: m }),
        levels: fc.array(fc.constantFrom(0, 0, 0.5, 1), { minLength: m, maxLength: m }),
        candidates: fc.array(
          fc.record({
            cells: fc.uniqueArray(fc.integer({ min: 0, max: m - 1 }), { maxLength: m }),
            level: fc.constantFrom(1, 1, 0.5),
            cost: fc.integer({ min: 0, max: 100 }),
          }),
          { minLength: 0, maxLength: maxCandidates },
        ),
        budget: euros
          ? fc.integer({ min: 0, max: 250 }).map((e) => ({ kind: 'EUROS' as const, euros: e }))
          : fc.integer({ min: 0, max: 5 }).map((c) => ({ kind: 'COUNT' as const, count: c })),
      }),
    )
    .map((p): CoverageProblem => ({
      ...p,
      candidates: p.candidates.map((c, i) => ({ ...c, id: `c${i}` })),
    }));

describe('optimiseCoverage', () => {
  it('in exact mode equals a brute-force search (≤ 12 candidates, count and euro budgets)', () => {
    for (const euros of [false, true]) {
      fc.assert(
        fc.property(problemArb(12, euros), (problem) => {
          const s = optimiseCoverage(problem);
          expect(s.mode).toBe('EXACT');
          const best = bruteForceCoverage(problem);
          expect(s.value).toBeCloseTo(best.value, 6);
          expect(
            coverageValue(
              problem,
              s.steps.map((x) => x.candidateId),
            ),
          ).toBeCloseTo(s.value, 6);
          if (problem.budget.kind === 'COUNT')
            expect(s.steps.length).toBeLessThanOrEqual(problem.budget.count);
          else expect(s.spent!).toBeLessThanOrEqual(problem.budget.euros);
        }),
        { numRuns: 300 },
      );
    }
  }, 60_000);

  it('in greedy mode stays within its guarantee of the optimum', () => {
    for (const euros of [false, true]) {
      fc.assert(
        fc.property(problemArb(12, euros), (problem) => {
          const s = optimiseCoverage(problem, { greedyOnly: true });
          expect(s.mode).toBe(euros ? 'GREEDY_BUDGETED' : 'GREEDY');
          const best = bruteForceCoverage(problem);
          expect(s.value).toBeGreaterThanOrEqual(MODE_GUARANTEE[s.mode] * best.value - 1e-6);
          expect(s.value).toBeLessThanOrEqual(best.value + 1e-6);
          if (problem.budget.kind === 'EUROS')
            expect(s.spent!).toBeLessThanOrEqual(problem.budget.euros);
        }),
        { numRuns: 300 },
      );
    }
  }, 60_000);

  it('reports steps with non-increasing marginal gains that add up', () => {
    const s = optimiseCoverage({
      weights: [10, 10, 5, 1],
      levels: [0, 0, 0.5, 0],
      candidates: [
        { id: 'a', cells: [0, 1] },
        { id: 'b', cells: [1, 2] },
        { id: 'c', cells: [3] },
      ],
      budget: { kind: 'COUNT', count: 2 },
    });
    expect(s.mode).toBe('EXACT');
    expect(s.unmetBefore).toBe(23.5);
    expect(s.steps).toEqual([
      { candidateId: 'a', gain: 20, cumulative: 20, cost: null },
      { candidateId: 'b', gain: 2.5, cumulative: 22.5, cost: null },
    ]);
  });

  it('falls back to greedy when the exact search is too large, and says so', () => {
    const n = 60;
    const weights = Array.from({ length: 200 }, (_, j) => 1 + (j % 7));
    const candidates = Array.from({ length: n }, (_, i) => ({
      id: `c${i}`,
      cells: Array.from({ length: 15 }, (_, k) => (i * 13 + k * 7) % 200),
    }));
    const s = optimiseCoverage({
      weights,
      levels: new Array(200).fill(0),
      candidates,
      budget: { kind: 'COUNT', count: 10 },
    });
    expect(s.mode).toBe('GREEDY');
    expect(s.guarantee).toBeCloseTo(1 - 1 / Math.E, 10);
    expect(s.steps).toHaveLength(10);
    for (let i = 1; i < s.steps.length; i++)
      expect(s.steps[i].gain).toBeLessThanOrEqual(s.steps[i - 1].gain + 1e-9);
  });

  it('ignores candidates without a cost under a euro budget and refuses a bad budget', () => {
    const s = optimiseCoverage({
      weights: [5],
      levels: [0],
      candidates: [{ id: 'free-unknown', cells: [0], cost: null }],
      budget: { kind: 'EUROS', euros: 1000 },
    });
    expect(s.steps).toEqual([]);
    expect(() =>
      optimiseCoverage({
        weights: [],
        levels: [],
        candidates: [],
        budget: { kind: 'COUNT', count: -1 },
      }),
    ).toThrow(/count/);
  });
});
