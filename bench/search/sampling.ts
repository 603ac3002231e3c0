// Runs the query mix round by round (every query, unscoped and school-scoped, interleaved), with
// a cap so that the benchmark stays within minutes even when single queries take seconds:
// a combination whose first (warm-up) request takes longer than SLOW_MS is not repeated, and
// that first timing is its only sample. Pooled percentiles weigh every combination equally,
// so a slow query measured once counts as much as a fast one measured 25 times.
import { summarise, type LatencySummary } from '../match/stats.js';
import type { MixQuery } from './queries.js';

export const SLOW_MS = 1_000;

export interface Combo {
  query: MixQuery;
  scoped: boolean;
}

export interface ComboResult extends Combo {
  samples: number[];
  /** Hits reported by the first measured response. */
  total: number;
  /** Measured once only (its warm-up request took longer than SLOW_MS). */
  slow: boolean;
}

export interface SamplingOptions {
  warmupRounds: number;
  rounds: number;
  /** Stop adding rounds after this much time measuring (at least 3 rounds are taken). */
  budgetMs: number;
}

export async function sampleMix(
  combos: Combo[],
  run: (combo: Combo, round: number) => Promise<{ ms: number; total: number }>,
  opts: SamplingOptions,
  onSlow: (c: ComboResult) => void = () => undefined,
): Promise<ComboResult[]> {
  const results: ComboResult[] = combos.map((c) => ({ ...c, samples: [], total: 0, slow: false }));
  let round = 0;
  for (; round < opts.warmupRounds; round++) {
    for (const r of results) {
      if (r.slow) continue;
      const { ms, total } = await run(r, round);
      if (round === 0 && ms > SLOW_MS) {
        Object.assign(r, { slow: true, samples: [ms], total });
        onSlow(r);
      }
    }
  }
  const started = performance.now();
  for (let measured = 0; measured < opts.rounds; measured++, round++) {
    if (measured >= 3 && performance.now() - started > opts.budgetMs) break;
    for (const r of results) {
      if (r.slow) continue;
      const { ms, total } = await run(r, round);
      if (r.samples.length === 0) r.total = total;
      r.samples.push(ms);
    }
  }
  return results;
}

const r2 = (ms: number): number => Math.round(ms * 100) / 100;

export function summary(samples: number[]): LatencySummary {
  const s = summarise(samples);
  return {
    samples: s.samples,
    p50: r2(s.p50),
    p95: r2(s.p95),
    p99: r2(s.p99),
    max: r2(s.max),
    mean: r2(s.mean),
  };
}

/** Percentiles over several combinations, each combination weighing the same in total. */
export function pooled(results: ComboResult[]): LatencySummary & { combinations: number } {
  const weighted = results.flatMap((r) => r.samples.map((ms) => ({ ms, w: 1 / r.samples.length })));
  weighted.sort((a, b) => a.ms - b.ms);
  const total = weighted.reduce((s, x) => s + x.w, 0);
  const at = (p: number): number => {
    const need = (p / 100) * total - 1e-9;
    let acc = 0;
    for (const x of weighted) {
      acc += x.w;
      if (acc >= need) return x.ms;
    }
    return weighted[weighted.length - 1]?.ms ?? NaN;
  };
  const mean = weighted.reduce((s, x) => s + x.ms * x.w, 0) / total;
  return {
    combinations: results.length,
    samples: weighted.length,
    p50: r2(at(50)),
    p95: r2(at(95)),
    p99: r2(at(99)),
    max: r2(weighted[weighted.length - 1]?.ms ?? NaN),
    mean: r2(mean),
  };
}
