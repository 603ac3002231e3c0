import type { CoverageKind } from '../coverage/coverage-area.js';
import type { CoverageQuery } from '../coverage/coverage-index.js';
import type { GeoPoint } from '../geo/geo-types.js';
import type { InterventionCode } from '../taxonomy/intervention-type.js';
import { CoverageCounter, type CoverageCounts } from './coverage-counter.js';
import { LocalReachFinder, type LocalReachOutcome } from './local-reach.js';
import type { MatchableOffering, MatchOutcome, MatchQuery, MatchResult } from './match-types.js';
import { PartnerMatcher, type MatchVerdict, type PlaceNames } from './partner-matcher.js';
import {
  SlotStore,
  type CoverageFilter,
  type CoveragePlace,
  type SlotStoreOptions,
} from './slot-store.js';

export type { CoverageCounts } from './coverage-counter.js';
export type { LocalReach, LocalReachOutcome } from './local-reach.js';
export type { MatchVerdict, PlaceNames } from './partner-matcher.js';
export type { CoverageFilter, CoveragePlace } from './slot-store.js';

export type MatchEngineOptions = SlotStoreOptions;

/**
 * The offerings in memory and the three questions asked of them, one class per use case over
 * one shared SlotStore:
 * - `matcher` (PartnerMatcher): which offerings reach this school and fit its needs, ranked
 *   with reasons, and the smallest bundle — the finder page and `matchPartners`;
 * - `counter` (CoverageCounter): coverage statistics per school and intervention type — the
 *   municipality view's matrix and summary;
 * - `reach` (LocalReachFinder): the offerings that reach a set of schools through their own
 *   areas — the municipality view's map.
 * Writes (upsert, remove) go to the store and are seen by the next call of any use case. The
 * methods below pass straight through, so callers need not know the split.
 */
export class MatchEngine {
  readonly store: SlotStore;
  readonly matcher: PartnerMatcher;
  readonly counter: CoverageCounter;
  readonly reach: LocalReachFinder;

  constructor(
    offerings: Iterable<MatchableOffering> = [],
    names?: PlaceNames,
    options: MatchEngineOptions = {},
  ) {
    this.store = new SlotStore(options);
    for (const o of offerings) this.store.upsert(o);
    this.store.index.rebuild();
    this.matcher = new PartnerMatcher(this.store, names);
    this.counter = new CoverageCounter(this.store);
    this.reach = new LocalReachFinder(this.store);
  }

  /** Replaces the offering with this id, including its coverage areas. Seen by the next call. */
  upsert(offering: MatchableOffering): void {
    this.store.upsert(offering);
  }

  remove(offeringId: string): void {
    this.store.remove(offeringId);
  }

  setPlaceNames(names: PlaceNames): void {
    this.matcher.setPlaceNames(names);
  }

  /** Number of stored offerings, matchable or not. */
  get size(): number {
    return this.store.slots.size;
  }

  /**
   * Works out ahead of time which radius and polygon areas contain these points (the school
   * locations), so their lookups skip the spatial search. See CoverageIndex.
   */
  rememberPoints(points: Iterable<GeoPoint>): void {
    this.store.index.rememberPoints(points);
  }

  /** Points whose covering spatial areas are remembered (0 again after an index rebuild). */
  get rememberedPoints(): number {
    return this.store.index.rememberedPoints;
  }

  match(query: MatchQuery): MatchOutcome {
    return this.matcher.match(query);
  }

  matchBruteForce(query: MatchQuery): MatchOutcome {
    return this.matcher.matchBruteForce(query);
  }

  resultsFor(offeringIds: readonly string[], query: MatchQuery): Map<string, MatchResult> {
    return this.matcher.resultsFor(offeringIds, query);
  }

  explain(offeringId: string, query: MatchQuery): MatchVerdict {
    return this.matcher.explain(offeringId, query);
  }

  coveringAreas(place: CoverageQuery): Map<string, CoverageKind> {
    return this.counter.coveringAreas(place);
  }

  coverageCounts(places: readonly CoveragePlace[], filter?: CoverageFilter): CoverageCounts {
    return this.counter.coverageCounts(places, filter);
  }

  localCoverageMasks(places: readonly CoveragePlace[], filter?: CoverageFilter): Int32Array {
    return this.counter.localCoverageMasks(places, filter);
  }

  nationalCoverageMasks(places: readonly CoveragePlace[], filter?: CoverageFilter): Int32Array {
    return this.counter.nationalCoverageMasks(places, filter);
  }

  localReach(
    places: readonly CoveragePlace[],
    codes?: readonly InterventionCode[],
    filter?: CoverageFilter,
  ): LocalReachOutcome {
    return this.reach.localReach(places, codes, filter);
  }
}
