import { compareIds } from './bundle.js';
import { checkFit, type CompiledArea, type CompiledOffering, type PreparedQuery } from './fit.js';
import { freshnessScore, needsScore, scoreTenths } from './score.js';

/** One national offering that fits a query shape, scored with its national area. */
export interface ShortlistItem<S extends CompiledOffering> {
  readonly slot: S;
  readonly area: CompiledArea;
  readonly met: number;
  readonly score: number;
}

/**
 * The national offerings that fit one query shape, scored and ranked once.
 *
 * A national area reaches every school, and an offering's fit and its score through that area
 * depend only on the query's needs, school type, groep, filters and `now` — not on where the
 * school is. So for all queries of the same shape the engine can reuse: how many national
 * offerings fit, which needs they meet, the best one per need mask (all the bundle can use),
 * and the whole list in ranking order, of which a match reads only the head.
 */
export interface Shortlist<S extends CompiledOffering> {
  /** Ranking order: not full first, then score (tenths) high to low, then id. */
  readonly items: ShortlistItem<S>[];
  readonly metUnion: number;
  /** Per need mask the best item that is not full (score, then smaller id). */
  readonly bestPerMask: ShortlistItem<S>[];
  /** The languages the items name. */
  readonly languages: ReadonlySet<string>;
}

export function buildShortlist<S extends CompiledOffering>(
  entries: Iterable<{ slot: S; area: CompiledArea }>,
  q: PreparedQuery,
): Shortlist<S> {
  const items: ShortlistItem<S>[] = [];
  const best = new Map<number, ShortlistItem<S>>();
  let metUnion = 0;
  const languages = new Set<string>();
  for (const { slot, area } of entries) {
    if (checkFit(slot, q) !== null) continue;
    for (const l of slot.languages) languages.add(l);
    const met = slot.needMask & q.needMask;
    // The same formula as MatchEngine.consider, with the national area's locality.
    const score = scoreTenths(
      needsScore(met, q.weights, q.totalWeight),
      slot.evidence,
      area.locality,
      freshnessScore(slot.confirmedMs, q.nowMs),
      slot.verified ? 1 : 0,
    );
    const item = { slot, area, met, score };
    items.push(item);
    metUnion |= met;
    if (!slot.full && met !== 0) {
      const held = best.get(met);
      if (
        !held ||
        score > held.score ||
        (score === held.score && compareIds(slot.id, held.slot.id) < 0)
      ) {
        best.set(met, item);
      }
    }
  }
  items.sort(
    (a, b) =>
      (a.slot.full === b.slot.full ? 0 : a.slot.full ? 1 : -1) ||
      b.score - a.score ||
      compareIds(a.slot.id, b.slot.id),
  );
  return { items, metUnion, bestPerMask: [...best.values()], languages };
}

/**
 * Everything in a PreparedQuery that fit or score reads (the point and limit are not). Only
 * RELEVANCE queries without a language filter use a shortlist, so sort and languages are not
 * part of the key.
 */
export function shortlistKey(q: PreparedQuery): string {
  const weights: number[] = [];
  for (let i = 0; i < q.weights.length; i++) if (q.weights[i] !== 0) weights.push(i, q.weights[i]);
  return [
    q.needMask,
    weights.join(','),
    q.totalWeight,
    q.sectorMask,
    q.hasSchoolAges ? `${q.schoolAgeLo}-${q.schoolAgeHi}` : '',
    q.hasGroep ? `${q.groepLo}-${q.groepHi}:${q.groepAgeLo}-${q.groepAgeHi}` : '',
    q.targetMask,
    q.deliveryMask,
    q.costMask,
    q.fundingMask,
    q.maxCostEur,
    q.verifiedOnly ? 1 : 0,
    q.hideFull ? 1 : 0,
    q.nowMs,
  ].join('|');
}
