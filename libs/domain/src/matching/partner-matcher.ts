import type { CoverageIndex } from '../coverage/coverage-index.js';
import { areaContains } from '../coverage/coverage-reference.js';
import { haversineKm } from '../geo/haversine.js';
import { BundleSolver, compareIds } from './bundle.js';
import {
  checkDistance,
  checkFit,
  checkLanguage,
  type CompiledArea,
  type CompiledOffering,
  type DropReason,
  needBit,
  type PreparedQuery,
  prepareQuery,
} from './fit.js';
import type { MatchOutcome, MatchQuery, MatchResult, ScoreParts } from './match-types.js';
import { buildShortlist, shortlistKey, type Shortlist } from './national-shortlist.js';
import type { NeedBucket, NeedBuckets } from './need-buckets.js';
import { buildReasons, uncoveredText } from './reasons.js';
import { freshnessScore, LOCALITY, needsScore, scoreTenths } from './score.js';
import {
  type CodeEntry,
  fitsOnce,
  moreLocal,
  NATIONAL_KEY,
  type Slot,
  type SlotStore,
  type SpatialEntry,
} from './slot-store.js';

export interface PlaceNames {
  municipality(code: string): string | undefined;
  province(code: string): string | undefined;
}

/** Why `explain` says an offering is not in a result: a fit rule, or no coverage at all. */
export type MatchVerdict = 'MATCH' | 'UNKNOWN_OFFERING' | 'NOT_COVERED' | DropReason;

// Up to this limit the best results are kept by insertion into a small sorted array; above
// it, all matches are sorted once.
const INSERTION_LIMIT = 256;
const MAX_SHORTLISTS = 512;

/** State of one match call. */
interface Run {
  readonly q: PreparedQuery;
  readonly serial: number;
  readonly insert: boolean;
  readonly filterDistance: boolean;
  readonly cmp: (a: Slot, b: Slot) => number;
  /** Callbacks for CoverageIndex.visitSpatial, made once per call. */
  readonly accept: (e: SpatialEntry) => boolean;
  readonly visit: (e: SpatialEntry) => void;
  total: number;
  metUnion: number;
  /** Languages of the offerings that fit, before the language filter. */
  readonly languages: Set<string>;
}

/**
 * The match use case: "which offerings reach this school and fit its needs", ranked with
 * reasons, plus the smallest bundle that meets the needs. See README.md in this folder.
 *
 * A query walks only the code-area groups of the store that meet one of its needs, allocating
 * nothing; for radius and polygon areas the offering's fit is checked on each bounding-box
 * candidate before the exact geometry test, so point-in-polygon runs only for offerings that
 * could match.
 */
export class PartnerMatcher {
  private readonly slots: Map<string, Slot>;
  private readonly national: NeedBuckets<CodeEntry>;
  private readonly byProvince: NeedBuckets<CodeEntry>;
  private readonly byMunicipality: NeedBuckets<CodeEntry>;
  private readonly index: CoverageIndex<SpatialEntry>;
  // Reused between calls so a match does not allocate big arrays.
  private readonly covering: Slot[] = [];
  private readonly top: Slot[] = [];
  private readonly bundle = new BundleSolver<Slot>();
  // National shortlists by query shape; emptied whenever a national offering changes.
  private readonly shortlists = new Map<string, Shortlist<Slot>>();
  private shortlistsVersion = -1;

  constructor(
    private readonly store: SlotStore,
    private names: PlaceNames | undefined,
  ) {
    this.slots = store.slots;
    this.national = store.national;
    this.byProvince = store.byProvince;
    this.byMunicipality = store.byMunicipality;
    this.index = store.index;
  }

  setPlaceNames(names: PlaceNames): void {
    this.names = names;
  }

  match(query: MatchQuery): MatchOutcome {
    const run = this.begin(query);
    const place = run.q.coverage;
    // checkFit refuses offerings that meet none of the requested needs: the mask says so.
    this.index.visitSpatial(place.point, run.accept, run.visit, run.q.needMask);
    this.reachAll(this.byMunicipality.buckets(place.municipalityCode), run);
    this.reachAll(this.byProvince.buckets(place.provinceCode), run);
    // With a distance filter (per offering and place), a language filter, another order than
    // relevance or a very long list, walk every national offering; otherwise read the head of
    // this query shape's shortlist (ranked by relevance).
    const shortlist =
      run.filterDistance || !run.insert || run.q.languages !== null || run.q.sort !== 'RELEVANCE'
        ? undefined
        : this.shortlist(run.q);
    if (!shortlist) this.reachAll(this.national.buckets(NATIONAL_KEY), run);
    for (const slot of this.covering) this.consider(slot, run);
    if (shortlist) this.considerNational(shortlist, run);
    return this.finish(run);
  }

  /** The same answer found by testing every area of every offering; for tests and benchmarks. */
  matchBruteForce(query: MatchQuery): MatchOutcome {
    const run = this.begin(query);
    for (const slot of this.slots.values()) {
      let best: CompiledArea | undefined;
      for (const a of slot.areas.values()) {
        if (areaContains(a.area, run.q.coverage) && (best === undefined || moreLocal(a, best))) {
          best = a;
        }
      }
      if (best !== undefined) {
        slot.serial = run.serial;
        slot.area = best;
        this.consider(slot, run);
      }
    }
    return this.finish(run);
  }

  /**
   * The match results of just these offerings (those that reach the place and fit), however
   * many others would rank above them. Used to explain search hits.
   */
  resultsFor(offeringIds: readonly string[], query: MatchQuery): Map<string, MatchResult> {
    const run = this.begin({ ...query, limit: offeringIds.length });
    for (const id of new Set(offeringIds)) {
      const slot = this.slots.get(id);
      if (!slot) continue;
      let best: CompiledArea | undefined;
      for (const a of slot.areas.values()) {
        if (areaContains(a.area, run.q.coverage) && (best === undefined || moreLocal(a, best)))
          best = a;
      }
      if (best === undefined) continue;
      slot.serial = run.serial;
      slot.area = best;
      this.consider(slot, run);
    }
    return new Map(this.finish(run).matches.map((m) => [m.offeringId, m]));
  }

  /** Why one offering is or is not in the answer to `query` (support and debugging). */
  explain(offeringId: string, query: MatchQuery): MatchVerdict {
    const slot = this.slots.get(offeringId);
    if (!slot) return 'UNKNOWN_OFFERING';
    const q = prepareQuery(query);
    let covered = false;
    for (const a of slot.areas.values()) if (areaContains(a.area, q.coverage)) covered = true;
    if (!covered) return 'NOT_COVERED';
    const drop =
      checkFit(slot, q) ?? checkDistance(distanceOf(slot, q), q) ?? checkLanguage(slot, q);
    return drop ?? 'MATCH';
  }

  private shortlist(q: PreparedQuery): Shortlist<Slot> {
    if (this.shortlistsVersion !== this.store.nationalVersion) {
      this.shortlists.clear();
      this.shortlistsVersion = this.store.nationalVersion;
    }
    const key = shortlistKey(q);
    let list = this.shortlists.get(key);
    if (!list) {
      const entries: CodeEntry[] = [];
      for (const bucket of this.national.buckets(NATIONAL_KEY)) entries.push(...bucket.entries);
      list = buildShortlist(entries, q);
      // Query shapes are few (needs × school type × filters); the bound guards against many.
      if (this.shortlists.size >= MAX_SHORTLISTS) this.shortlists.clear();
      this.shortlists.set(key, list);
    }
    return list;
  }

  /**
   * The national offerings not already reached through a more local area, taken from the
   * shortlist with the same effect as consider() on each: counted, offered to the bundle (only
   * the best per need mask can be chosen), and ranked — reading the list only until the rest
   * can no longer enter the top.
   */
  private considerNational(list: Shortlist<Slot>, run: Run): void {
    const { q, serial } = run;
    // Local hits with a national area fit, so they are on the list: count them once.
    let seen = 0;
    for (const slot of this.covering) if (slot.hasNational && slot.serial === serial) seen++;
    run.total += list.items.length - seen;
    run.metUnion |= list.metUnion;
    for (const l of list.languages) run.languages.add(l);
    for (const it of list.bestPerMask) {
      const slot = it.slot;
      // Reached locally: offered already, with a higher score than its national one.
      if (slot.serial === serial) continue;
      slot.met = it.met;
      slot.score = it.score;
      this.bundle.offer(it.met, it.score, slot.id, slot);
    }
    const top = this.top;
    const limit = q.limit;
    if (limit <= 0) return;
    for (const it of list.items) {
      const slot = it.slot;
      if (slot.serial === serial) continue;
      if (top.length >= limit) {
        const worst = top[top.length - 1];
        // Items come full-last and by falling score: past this point none can enter.
        if (slot.full && !worst.full) break;
        if (slot.full === worst.full && it.score < worst.score) break;
      }
      slot.area = it.area;
      slot.met = it.met;
      slot.score = it.score;
      if (top.length < limit || run.cmp(slot, top[top.length - 1]) < 0) {
        insertSorted(top, slot, run.cmp);
        if (top.length > limit) top.pop();
      }
    }
  }

  /** Every entry of the buckets that meet a requested need reaches the place. */
  private reachAll(buckets: readonly NeedBucket<CodeEntry>[], run: Run): void {
    const needMask = run.q.needMask;
    for (let b = 0; b < buckets.length; b++) {
      const bucket = buckets[b];
      // A bucket that meets none of the requested needs cannot match (checkFit would say so).
      if (needMask !== 0 && (bucket.mask & needMask) === 0) continue;
      const entries = bucket.entries;
      for (let i = 0; i < entries.length; i++) this.reach(entries[i].slot, entries[i].area, run);
    }
  }

  /** One covering area of an offering: keep the most local area of each fitting offering. */
  private reach(slot: Slot, area: CompiledArea, run: Run): void {
    if (slot.serial === run.serial) {
      if (moreLocal(area, slot.area)) slot.area = area;
      return;
    }
    if (!fitsOnce(slot, run.q, run.serial)) return;
    slot.serial = run.serial;
    slot.area = area;
    this.covering.push(slot);
  }

  /** Starts one call: prepares the query and empties the reused scratch structures. */
  private begin(query: MatchQuery): Run {
    const q = prepareQuery(query);
    const serial = this.store.nextSerial();
    this.covering.length = 0;
    this.top.length = 0;
    this.bundle.reset();
    const run: Run = {
      q,
      serial,
      insert: q.limit <= INSERTION_LIMIT,
      filterDistance: q.maxDistanceKm !== Infinity,
      cmp: (a, b) => this.compare(a, b, q, serial),
      accept: (e) => fitsOnce(e.slot, q, serial),
      visit: (e) => this.reach(e.slot, e.compiled, run),
      total: 0,
      metUnion: 0,
      languages: new Set(),
    };
    return run;
  }

  /** Fit, score and rank one covering offering whose `area` is set. */
  private consider(slot: Slot, run: Run): void {
    const { q, serial } = run;
    const c = slot;
    if (!fitsOnce(slot, q, serial)) return;
    if (run.filterDistance && checkDistance(this.distance(slot, q, serial), q) !== null) return;
    for (const l of c.languages) run.languages.add(l);
    if (checkLanguage(c, q) !== null) return;
    const met = c.needMask & q.needMask;
    slot.met = met;
    slot.score = scoreTenths(
      needsScore(met, q.weights, q.totalWeight),
      c.evidence,
      slot.area.locality,
      freshnessScore(c.confirmedMs, q.nowMs),
      c.verified ? 1 : 0,
    );
    run.total++;
    run.metUnion |= met;
    // Full offerings can be shown but cannot be part of a plan.
    if (!c.full) this.bundle.offer(met, slot.score, c.id, slot);
    const top = this.top;
    const limit = q.limit;
    if (!run.insert) {
      top.push(slot);
    } else if (limit > 0 && (top.length < limit || run.cmp(slot, top[top.length - 1]) < 0)) {
      insertSorted(top, slot, run.cmp);
      if (top.length > limit) top.pop();
    }
  }

  private finish(run: Run): MatchOutcome {
    const { q, serial } = run;
    const top = this.top;
    if (!run.insert) {
      top.sort(run.cmp);
      if (top.length > q.limit) top.length = q.limit;
    }
    const matches = top.map((slot) => this.result(slot, q, serial));
    const chosen = this.bundle.solve().sort((a, b) => b.score - a.score || compareIds(a.id, b.id));
    let bundleMask = 0;
    for (const s of chosen) bundleMask |= s.met;
    const uncovered = q.needs.filter((code) => !(run.metUnion & needBit(code)));
    const outcome: MatchOutcome = {
      matches,
      totalMatches: run.total,
      languages: [...run.languages].sort(),
      bundle: {
        offeringIds: chosen.map((s) => s.id),
        needsCovered: q.needs.filter((code) => (bundleMask & needBit(code)) !== 0),
      },
      uncoveredNeeds: uncovered,
      uncoveredText: uncoveredText(uncovered),
    };
    // Do not keep offerings alive through the scratch arrays between calls.
    this.covering.length = 0;
    top.length = 0;
    this.bundle.reset();
    return outcome;
  }

  /**
   * Non-full first; then the chosen order's key (DISTANCE: nearest first, RECENTLY_CONFIRMED:
   * newest first, unknown last); then score desc, distance asc (none last), id asc.
   */
  private compare(a: Slot, b: Slot, q: PreparedQuery, serial: number): number {
    if (a.full !== b.full) return a.full ? 1 : -1;
    if (q.sort === 'RECENTLY_CONFIRMED') {
      const ca = sortableConfirmed(a.confirmedMs);
      const cb = sortableConfirmed(b.confirmedMs);
      if (ca !== cb) return cb - ca;
    }
    if (q.sort === 'DISTANCE') {
      const d = this.distanceOrder(a, b, q, serial);
      if (d !== 0) return d;
    }
    if (a.score !== b.score) return b.score - a.score;
    // Distances only now: every candidate is compared with the list's last, and most differ
    // from it in score already.
    return this.distanceOrder(a, b, q, serial) || compareIds(a.id, b.id);
  }

  /** Nearest first, no known distance last; 0 for the same. */
  private distanceOrder(a: Slot, b: Slot, q: PreparedQuery, serial: number): number {
    const da = sortableDistance(this.distance(a, q, serial));
    const db = sortableDistance(this.distance(b, q, serial));
    return da === db ? 0 : da - db;
  }

  /** Distance to the partner, computed at most once per call and only when needed. */
  private distance(slot: Slot, q: PreparedQuery, serial: number): number | null {
    if (slot.distSerial !== serial) {
      slot.distSerial = serial;
      slot.dist = distanceOf(slot, q);
    }
    return slot.dist;
  }

  private result(slot: Slot, q: PreparedQuery, serial: number): MatchResult {
    const c = slot;
    const o = c.offering;
    const parts: ScoreParts = {
      needs: needsScore(slot.met, q.weights, q.totalWeight),
      evidence: c.evidence,
      locality: LOCALITY[slot.area.area.kind],
      freshness: freshnessScore(c.confirmedMs, q.nowMs),
      verified: c.verified ? 1 : 0,
    };
    const d = this.distance(slot, q, serial);
    const distanceKm = d !== null && Number.isFinite(d) ? Math.round(d * 10) / 10 : null;
    const needsMet = q.needs.filter((code) => (slot.met & needBit(code)) !== 0);
    const matchedArea: MatchResult['matchedArea'] = {
      areaId: slot.area.areaId,
      kind: slot.area.area.kind,
    };
    if (slot.area.label !== undefined) matchedArea.label = slot.area.label;
    return {
      offeringId: c.id,
      organisationId: o.organisationId,
      score: slot.score / 10,
      scoreParts: parts,
      needsMet,
      matchedArea,
      distanceKm,
      full: c.full,
      reasons: buildReasons({
        offering: o,
        area: slot.area,
        needsMet,
        distanceKm,
        full: c.full,
        confirmedMs: c.confirmedMs,
        nowMs: q.nowMs,
        names: this.names,
      }),
    };
  }
}

function distanceOf(c: CompiledOffering, q: PreparedQuery): number | null {
  const loc = c.offering.partnerLocation;
  return loc ? haversineKm(q.point, loc) : null;
}

function sortableDistance(d: number | null): number {
  return d === null || Number.isNaN(d) ? Infinity : d;
}

function sortableConfirmed(ms: number): number {
  return Number.isNaN(ms) ? -Infinity : ms;
}

function insertSorted(arr: Slot[], item: Slot, cmp: (a: Slot, b: Slot) => number): void {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cmp(arr[mid], item) <= 0) lo = mid + 1;
    else hi = mid;
  }
  arr.splice(lo, 0, item);
}
