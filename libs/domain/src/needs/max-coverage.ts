// Programming scenarios as weighted maximum coverage (README.md, "Scenarios"). Cells are the
// school × intervention-type pairs with a need; each already has a met level (0, the national
// credit, or 1). A candidate offering raises the cells it would reach to its own level. The
// value of a set is the unmet need it meets: Σ weight × (max(level, best chosen) − level).
// That function is monotone and submodular, so greedy has the classic guarantees.

export interface CoverageCandidate {
  id: string;
  /** Indices of the cells it would reach (and fit). */
  cells: readonly number[];
  /** The level it gives a reached cell; default 1 (local). */
  level?: number;
  /** Euros; needed for a euro budget (a candidate without a cost is not selectable then). */
  cost?: number | null;
}

export type CoverageBudget = { kind: 'COUNT'; count: number } | { kind: 'EUROS'; euros: number };

export interface CoverageProblem {
  /** Need per cell (≥ 0). */
  weights: ArrayLike<number>;
  /** Met level per cell before any candidate (0–1). */
  levels: ArrayLike<number>;
  candidates: readonly CoverageCandidate[];
  budget: CoverageBudget;
}

export const OPTIMISER_MODES = ['EXACT', 'GREEDY', 'GREEDY_BUDGETED'] as const;
export type OptimiserMode = (typeof OPTIMISER_MODES)[number];

/** The fraction of the best possible value the answer is proven to reach, per mode. */
export const MODE_GUARANTEE: Readonly<Record<OptimiserMode, number>> = {
  EXACT: 1,
  GREEDY: 1 - 1 / Math.E,
  GREEDY_BUDGETED: (1 - 1 / Math.E) / 2,
};

export interface OptimiserOptions {
  /** Try the exact search when there are at most this many useful candidates (default 20). */
  exactMaxCandidates?: number;
  /** Give up the exact search (and answer greedily) after this many search nodes (default 200,000). */
  exactNodeLimit?: number;
  /** Answer greedily even when the exact search would be possible (tests, comparisons). */
  greedyOnly?: boolean;
}

export interface CoverageStep {
  candidateId: string;
  /** Unmet need this step meets, given the steps before it. */
  gain: number;
  /** Total met by this and the steps before. */
  cumulative: number;
  cost: number | null;
}

export interface CoverageSolution {
  mode: OptimiserMode;
  /** Proven fraction of the optimum (1 for exact). */
  guarantee: number;
  /** In step order: each the largest marginal gain among the chosen that remain. */
  steps: CoverageStep[];
  value: number;
  /** Σ weight × (1 − level): the unmet need before any candidate. */
  unmetBefore: number;
  /** Euros spent (null for a count budget or unknown costs). */
  spent: number | null;
  /** Search nodes used by the exact search (0 when greedy only). */
  nodes: number;
}

const EPS = 1e-9;

interface Prepared {
  weights: Float64Array;
  base: Float64Array;
  cands: { index: number; id: string; cells: Int32Array; level: number; cost: number }[];
}

function prepare(problem: CoverageProblem): Prepared {
  const m = problem.weights.length;
  if (problem.levels.length !== m)
    throw new Error('max-coverage: weights and levels differ in length');
  const weights = Float64Array.from(problem.weights);
  const base = Float64Array.from(problem.levels);
  const euros = problem.budget.kind === 'EUROS';
  const cands: Prepared['cands'] = [];
  problem.candidates.forEach((c, index) => {
    const level = c.level ?? 1;
    const cost = c.cost ?? null;
    if (euros && (cost === null || !(cost >= 0))) return;
    const cells = Int32Array.from(new Set(c.cells.filter((j) => j >= 0 && j < m)));
    cands.push({ index, id: c.id, cells, level, cost: cost ?? 0 });
  });
  return { weights, base, cands };
}

function gainOf(c: Prepared['cands'][number], weights: Float64Array, levels: Float64Array): number {
  let g = 0;
  for (let k = 0; k < c.cells.length; k++) {
    const j = c.cells[k];
    const d = c.level - levels[j];
    if (d > 0) g += weights[j] * d;
  }
  return g;
}

function apply(c: Prepared['cands'][number], levels: Float64Array): void {
  for (let k = 0; k < c.cells.length; k++) {
    const j = c.cells[k];
    if (c.level > levels[j]) levels[j] = c.level;
  }
}

/** The value (unmet need met) of choosing these candidates, by id. */
export function coverageValue(problem: CoverageProblem, ids: readonly string[]): number {
  const p = prepare({ ...problem, budget: { kind: 'COUNT', count: 0 } });
  const levels = Float64Array.from(p.base);
  const want = new Set(ids);
  for (const c of p.cands) if (want.has(c.id)) apply(c, levels);
  let v = 0;
  for (let j = 0; j < levels.length; j++) v += p.weights[j] * (levels[j] - p.base[j]);
  return v;
}

/** Orders a chosen set as steps: each time the one with the largest marginal gain. */
function asSteps(p: Prepared, chosen: Prepared['cands'], euros: boolean): CoverageStep[] {
  const levels = Float64Array.from(p.base);
  const left = [...chosen];
  const steps: CoverageStep[] = [];
  let cumulative = 0;
  while (left.length > 0) {
    let best = 0;
    let bestGain = -1;
    left.forEach((c, i) => {
      const g = gainOf(c, p.weights, levels);
      if (g > bestGain + EPS) {
        bestGain = g;
        best = i;
      }
    });
    const [c] = left.splice(best, 1);
    apply(c, levels);
    cumulative += bestGain;
    steps.push({ candidateId: c.id, gain: bestGain, cumulative, cost: euros ? c.cost : null });
  }
  return steps;
}

function greedyCount(p: Prepared, k: number): Prepared['cands'] {
  const levels = Float64Array.from(p.base);
  const used = new Uint8Array(p.cands.length);
  const chosen: Prepared['cands'] = [];
  for (let step = 0; step < k; step++) {
    let best = -1;
    let bestGain = EPS;
    for (let i = 0; i < p.cands.length; i++) {
      if (used[i]) continue;
      const g = gainOf(p.cands[i], p.weights, levels);
      if (g > bestGain) {
        bestGain = g;
        best = i;
      }
    }
    if (best < 0) break;
    used[best] = 1;
    apply(p.cands[best], levels);
    chosen.push(p.cands[best]);
  }
  return chosen;
}

/** Cost-benefit greedy, then the best single affordable candidate; the better of the two. */
function greedyEuros(p: Prepared, budget: number): Prepared['cands'] {
  const levels = Float64Array.from(p.base);
  const used = new Uint8Array(p.cands.length);
  const chosen: Prepared['cands'] = [];
  let left = budget;
  for (;;) {
    let best = -1;
    let bestRatio = 0;
    for (let i = 0; i < p.cands.length; i++) {
      const c = p.cands[i];
      if (used[i] || c.cost > left + EPS) continue;
      const g = gainOf(c, p.weights, levels);
      if (g <= EPS) continue;
      const ratio = c.cost === 0 ? Infinity : g / c.cost;
      if (ratio > bestRatio) {
        bestRatio = ratio;
        best = i;
      }
    }
    if (best < 0) break;
    used[best] = 1;
    left -= p.cands[best].cost;
    apply(p.cands[best], levels);
    chosen.push(p.cands[best]);
  }
  const value = (set: Prepared['cands']) => {
    const l = Float64Array.from(p.base);
    for (const c of set) apply(c, l);
    let v = 0;
    for (let j = 0; j < l.length; j++) v += p.weights[j] * (l[j] - p.base[j]);
    return v;
  };
  let single: Prepared['cands'][number] | null = null;
  let singleGain = EPS;
  for (const c of p.cands) {
    if (c.cost > budget + EPS) continue;
    const g = gainOf(c, p.weights, p.base);
    if (g > singleGain) {
      singleGain = g;
      single = c;
    }
  }
  return single && singleGain > value(chosen) + EPS ? [single] : chosen;
}

/**
 * Branch and bound over the candidates (most valuable alone first). The bound is submodularity's:
 * from a partial set S, any completion adds at most the sum of the best remaining marginal gains
 * that fit (count: the top r; euros: the fractional knapsack of gain per euro). Returns null when
 * the node limit is reached.
 */
function exact(
  p: Prepared,
  budget: CoverageBudget,
  nodeLimit: number,
  start: { set: Prepared['cands']; value: number },
): { set: Prepared['cands']; nodes: number } | null {
  const order = [...p.cands].sort(
    (a, b) => gainOf(b, p.weights, p.base) - gainOf(a, p.weights, p.base) || a.index - b.index,
  );
  const n = order.length;
  let bestValue = start.value;
  let bestSet = start.set;
  let nodes = 0;
  let aborted = false;
  const chosen: Prepared['cands'] = [];
  const gains = new Float64Array(n);

  const dfs = (i: number, levels: Float64Array, value: number, slots: number, euros: number) => {
    if (aborted) return;
    if (++nodes > nodeLimit) {
      aborted = true;
      return;
    }
    if (value > bestValue + EPS) {
      bestValue = value;
      bestSet = [...chosen];
    }
    if (i >= n) return;
    // Bound.
    let bound = value;
    const rest: { g: number; cost: number }[] = [];
    for (let k = i; k < n; k++) {
      gains[k] = gainOf(order[k], p.weights, levels);
      if (gains[k] > EPS && (budget.kind === 'COUNT' || order[k].cost <= euros + EPS)) {
        rest.push({ g: gains[k], cost: order[k].cost });
      }
    }
    if (budget.kind === 'COUNT') {
      rest.sort((a, b) => b.g - a.g);
      for (let k = 0; k < Math.min(slots, rest.length); k++) bound += rest[k].g;
    } else {
      rest.sort(
        (a, b) =>
          (b.cost === 0 ? Infinity : b.g / b.cost) - (a.cost === 0 ? Infinity : a.g / a.cost),
      );
      let room = euros;
      for (const r of rest) {
        if (r.cost <= room) {
          bound += r.g;
          room -= r.cost;
        } else {
          bound += (r.g * room) / r.cost;
          break;
        }
      }
    }
    if (bound <= bestValue + EPS) return;
    const c = order[i];
    const g = gains[i];
    const canTake = budget.kind === 'COUNT' ? slots > 0 : c.cost <= euros + EPS;
    if (canTake && g > EPS) {
      const next = Float64Array.from(levels);
      apply(c, next);
      chosen.push(c);
      dfs(i + 1, next, value + g, slots - 1, euros - c.cost);
      chosen.pop();
    }
    dfs(i + 1, levels, value, slots, euros);
  };
  dfs(
    0,
    Float64Array.from(p.base),
    0,
    budget.kind === 'COUNT' ? budget.count : Infinity,
    budget.kind === 'EUROS' ? budget.euros : Infinity,
  );
  return aborted ? null : { set: bestSet, nodes };
}

/**
 * The set of candidates within the budget that meets the most unmet need. Exact (branch and
 * bound) when there are few candidates and the search finishes within its node limit; otherwise
 * greedy: for a count budget the plain greedy (≥ 1 − 1/e ≈ 63 % of the optimum), for a euro
 * budget the better of cost-benefit greedy and the best single candidate (≥ ½(1 − 1/e) ≈ 32 %).
 * Steps come in the order of their marginal gain.
 */
export function optimiseCoverage(
  problem: CoverageProblem,
  options: OptimiserOptions = {},
): CoverageSolution {
  const p = prepare(problem);
  const budget = problem.budget;
  if (budget.kind === 'COUNT' && !(Number.isInteger(budget.count) && budget.count >= 0)) {
    throw new Error('max-coverage: count budget must be a whole number ≥ 0');
  }
  if (budget.kind === 'EUROS' && !(Number.isFinite(budget.euros) && budget.euros >= 0)) {
    throw new Error('max-coverage: euro budget must be a number ≥ 0');
  }
  let unmetBefore = 0;
  for (let j = 0; j < p.weights.length; j++)
    unmetBefore += p.weights[j] * Math.max(0, 1 - p.base[j]);
  const euros = budget.kind === 'EUROS';
  const greedy = euros ? greedyEuros(p, budget.euros) : greedyCount(p, budget.count);
  const greedyMode: OptimiserMode = euros ? 'GREEDY_BUDGETED' : 'GREEDY';
  const useful = p.cands.filter((c) => gainOf(c, p.weights, p.base) > EPS);
  let set = greedy;
  let mode: OptimiserMode = greedyMode;
  let nodes = 0;
  if (!options.greedyOnly && useful.length <= (options.exactMaxCandidates ?? 20)) {
    const greedyValue = asSteps(p, greedy, euros).reduce((a, s) => a + s.gain, 0);
    const found = exact({ ...p, cands: useful }, budget, options.exactNodeLimit ?? 200_000, {
      set: greedy,
      value: greedyValue,
    });
    if (found) {
      set = found.set;
      mode = 'EXACT';
      nodes = found.nodes;
    }
  }
  const steps = asSteps(p, set, euros);
  const value = steps.length ? steps[steps.length - 1].cumulative : 0;
  return {
    mode,
    guarantee: MODE_GUARANTEE[mode],
    steps,
    value,
    unmetBefore,
    spent: euros ? set.reduce((a, c) => a + c.cost, 0) : null,
    nodes,
  };
}
