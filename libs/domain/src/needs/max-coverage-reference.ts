import { type CoverageProblem, coverageValue } from './max-coverage.js';

// The optimiser's tolerance (max-coverage.ts), so a tie is a tie in both.
const EPS = 1e-9;

/**
 * Every subset within the budget, for tests (≤ ~16 candidates): the optimum value. The oracle
 * of the optimiser's specs; not in the public index (needs/index.ts), they import it by path.
 */
export function bruteForceCoverage(problem: CoverageProblem): { value: number; ids: string[] } {
  const n = problem.candidates.length;
  if (n > 20) throw new Error('bruteForceCoverage: at most 20 candidates');
  let best = { value: 0, ids: [] as string[] };
  for (let mask = 0; mask < 1 << n; mask++) {
    const ids: string[] = [];
    let cost = 0;
    let ok = true;
    for (let i = 0; i < n; i++) {
      if (!((mask >> i) & 1)) continue;
      const c = problem.candidates[i];
      ids.push(c.id);
      if (problem.budget.kind === 'EUROS') {
        if (c.cost === null || c.cost === undefined) ok = false;
        else cost += c.cost;
      }
    }
    if (!ok) continue;
    if (problem.budget.kind === 'COUNT' && ids.length > problem.budget.count) continue;
    if (problem.budget.kind === 'EUROS' && cost > problem.budget.euros + EPS) continue;
    const v = coverageValue(problem, ids);
    if (v > best.value + EPS) best = { value: v, ids };
  }
  return best;
}
