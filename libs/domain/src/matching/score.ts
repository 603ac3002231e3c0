import type { CoverageKind } from '../coverage/coverage-area.js';
import type { ScoreParts } from './match-types.js';

/** Weights of the score parts; they add up to 1. */
export const SCORE_WEIGHTS: Readonly<ScoreParts> = {
  needs: 0.45,
  evidence: 0.2,
  locality: 0.15,
  freshness: 0.1,
  verified: 0.1,
};

/** How local a covering area is: a neighbourhood partner beats an equivalent national one. */
export const LOCALITY: Readonly<Record<CoverageKind, number>> = {
  POLYGON: 1,
  MUNICIPALITY: 1,
  RADIUS: 0.9,
  PROVINCE: 0.5,
  NATIONAL: 0.2,
};

/**
 * Order used to pick the one area reported for a match when several cover the school: lower
 * is more local. A drawn polygon is usually a neighbourhood, so it goes before a whole
 * municipality even though both score 1.
 */
export const LOCALITY_RANK: Readonly<Record<CoverageKind, number>> = {
  POLYGON: 0,
  MUNICIPALITY: 1,
  RADIUS: 2,
  PROVINCE: 3,
  NATIONAL: 4,
};

export const DAY_MS = 86_400_000;
/** Confirmed at most this long ago counts as fully fresh. */
export const FRESH_DAYS = 180;
/** Freshness reaches 0 here. */
export const STALE_DAYS = 730;

export function freshnessScore(confirmedMs: number, nowMs: number): number {
  if (Number.isNaN(confirmedMs)) return 0;
  const days = (nowMs - confirmedMs) / DAY_MS;
  if (days <= FRESH_DAYS) return 1;
  if (days >= STALE_DAYS) return 0;
  return (STALE_DAYS - days) / (STALE_DAYS - FRESH_DAYS);
}

/** Weighted share of the requested needs that `metMask` meets; 1 when nothing was asked. */
export function needsScore(metMask: number, weights: Float64Array, totalWeight: number): number {
  if (totalWeight === 0) return 1;
  let met = 0;
  for (let m = metMask, i = 0; m !== 0; m >>>= 1, i++) if (m & 1) met += weights[i];
  // Summing a subset can overshoot the total by an ulp; keep the part within 0–1.
  return Math.min(1, met / totalWeight);
}

/** Score in tenths (0–1000), so ties and sums are exact integers. Takes numbers, not a
 * ScoreParts object, so the hot loop allocates nothing. */
export function scoreTenths(
  needs: number,
  evidence: number,
  locality: number,
  freshness: number,
  verified: number,
): number {
  const w = SCORE_WEIGHTS;
  return Math.round(
    1000 *
      (w.needs * needs +
        w.evidence * evidence +
        w.locality * locality +
        w.freshness * freshness +
        w.verified * verified),
  );
}

export function scoreTenthsOfParts(p: ScoreParts): number {
  return scoreTenths(p.needs, p.evidence, p.locality, p.freshness, p.verified);
}
