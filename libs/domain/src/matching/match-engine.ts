import {
  CoverageIndex,
  type CoverageEntry,
  type CoverageQuery,
} from '../coverage/coverage-index.js';
import type { CoverageKind } from '../coverage/coverage-area.js';
import { areaContains } from '../coverage/coverage-reference.js';
import { haversineKm } from '../geo/haversine.js';
import { BundleSolver, compareIds } from './bundle.js';
import {
  checkDistance,
  checkFit,
  compileOffering,
  type CompiledArea,
  type CompiledOffering,
  type DropReason,
  needBit,
  type PreparedQuery,
  prepareQuery,
} from './fit.js';
import type {
  MatchableOffering,
  MatchOutcome,
  MatchQuery,
  MatchResult,
  ScoreParts,
} from './match-types.js';
import { buildReasons, uncoveredText } from './reasons.js';
import { freshnessScore, LOCALITY, LOCALITY_RANK, needsScore, scoreTenths } from './score.js';

export interface PlaceNames {
  municipality(code: string): string | undefined;
  province(code: string): string | undefined;
}

export interface MatchEngineOptions {
  /** Passed to CoverageIndex: spatial areas added before its R-tree is rebuilt. */
  coverageOverflowLimit?: number;
}

/** Why `explain` says an offering is not in a result: a fit rule, or no coverage at all. */
export type MatchVerdict = 'MATCH' | 'UNKNOWN_OFFERING' | 'NOT_COVERED' | DropReason;

// Up to this limit the best results are kept by insertion into a small sorted array; above
// it, all matches are sorted once.
const INSERTION_LIMIT = 256;

/** Matchable offerings with a NATIONAL area that share one need mask. */
interface NationalBucket {
  readonly mask: number;
  readonly slots: Slot[];
}

/** State of one match call. */
interface Run {
  readonly q: PreparedQuery;
  readonly serial: number;
  readonly insert: boolean;
  readonly filterDistance: boolean;
  readonly cmp: (a: Slot, b: Slot) => number;
  total: number;
  metUnion: number;
}

/** One stored offering plus scratch fields that a single match call fills in. */
interface Slot extends CompiledOffering {
  /** Its NATIONAL area with the smallest id, if any. */
  readonly national: CompiledArea | undefined;
  /** The national bucket holding this slot, and its position there. */
  bucket: NationalBucket | undefined;
  bucketIndex: number;
  // Scratch, valid while `serial` equals the running call's serial. match() is synchronous
  // and never calls out, so calls cannot interleave.
  serial: number;
  area: CompiledArea;
  score: number;
  met: number;
  distSerial: number;
  dist: number | null;
}

/**
 * Answers "which offerings reach this school and fit its needs", ranked with reasons, plus the
 * smallest bundle that covers the needs. See README.md in this folder for the rules.
 *
 * Coverage lookup: NATIONAL areas match every school, so the engine keeps offerings with one
 * in plain arrays instead of asking the CoverageIndex, which would allocate a hit object per
 * national area on every call. Those arrays are bucketed by need mask, so a query skips whole
 * buckets that meet none of its needs. All other areas live in the CoverageIndex. Offerings
 * that can never match (not ACTIVE, or organisation DRAFT/SUSPENDED) are stored and counted
 * but kept out of both structures.
 */
export class MatchEngine {
  private readonly slots = new Map<string, Slot>();
  private readonly nationalBuckets = new Map<number, NationalBucket>();
  private readonly bucketList: NationalBucket[] = [];
  private readonly index: CoverageIndex;
  private names: PlaceNames | undefined;
  private serial = 0;
  // Reused between calls so a match does not allocate big arrays.
  private readonly covering: Slot[] = [];
  private readonly top: Slot[] = [];
  private readonly bundle = new BundleSolver<Slot>();

  constructor(
    offerings: Iterable<MatchableOffering> = [],
    names?: PlaceNames,
    options: MatchEngineOptions = {},
  ) {
    this.index = new CoverageIndex([], { overflowLimit: options.coverageOverflowLimit });
    this.names = names;
    for (const o of offerings) this.upsert(o);
    this.index.rebuild();
  }

  /** Replaces the offering with this id, including its coverage. Seen by the next match. */
  upsert(offering: MatchableOffering): void {
    // Compiling first means a bad offering throws before anything changes.
    const c = compileOffering(offering);
    const entries: CoverageEntry[] = [];
    let national: CompiledArea | undefined;
    for (const a of c.areas.values()) {
      if (a.area.kind === 'NATIONAL') {
        if (national === undefined || a.areaId < national.areaId) national = a;
      } else {
        entries.push({ areaId: a.areaId, offeringId: c.id, area: a.area });
      }
    }
    this.detachNational(this.slots.get(c.id));
    // One flat object per offering, so the hot loop reads fit fields and scratch from one
    // place. Fields are listed one by one: with a spread, match() measured about 10× slower
    // and the heap doubled (V8 kept the objects in slow dictionary mode).
    const slot: Slot = {
      offering: c.offering,
      id: c.id,
      offeringActive: c.offeringActive,
      organisationActive: c.organisationActive,
      verified: c.verified,
      needMask: c.needMask,
      sectorMask: c.sectorMask,
      targetMask: c.targetMask,
      deliveryMask: c.deliveryMask,
      costBit: c.costBit,
      hasAges: c.hasAges,
      ageLo: c.ageLo,
      ageHi: c.ageHi,
      hasGroep: c.hasGroep,
      groepLo: c.groepLo,
      groepHi: c.groepHi,
      full: c.full,
      evidence: c.evidence,
      confirmedMs: c.confirmedMs,
      areas: c.areas,
      national,
      bucket: undefined,
      bucketIndex: -1,
      serial: 0,
      area: national ?? EMPTY_AREA,
      score: 0,
      met: 0,
      distSerial: 0,
      dist: null,
    };
    this.slots.set(c.id, slot);
    const matchable = c.offeringActive && c.organisationActive;
    if (national && matchable) this.attachNational(slot);
    this.index.upsertOffering(c.id, matchable ? entries : []);
  }

  remove(offeringId: string): void {
    const slot = this.slots.get(offeringId);
    if (!slot) return;
    this.detachNational(slot);
    this.slots.delete(offeringId);
    this.index.removeOffering(offeringId);
  }

  setPlaceNames(names: PlaceNames): void {
    this.names = names;
  }

  /** Number of stored offerings, matchable or not. */
  get size(): number {
    return this.slots.size;
  }

  match(query: MatchQuery): MatchOutcome {
    const run = this.begin(query);
    const { q, serial } = run;
    for (const hit of this.index.coveringAt(q.coverage)) {
      const slot = this.slots.get(hit.offeringId) as Slot;
      const area = slot.areas.get(hit.areaId) as CompiledArea;
      if (slot.serial !== serial) {
        slot.serial = serial;
        slot.area = area;
        this.covering.push(slot);
      } else if (moreLocal(area, slot.area)) {
        slot.area = area;
      }
    }
    for (const slot of this.covering) this.consider(slot, run);
    // National areas last: any area the index found for the same offering is more local.
    for (const bucket of this.bucketList) {
      // A bucket that meets none of the requested needs cannot match (checkFit would say so).
      if (q.needMask !== 0 && (bucket.mask & q.needMask) === 0) continue;
      const slots = bucket.slots;
      for (let i = 0; i < slots.length; i++) {
        const slot = slots[i];
        // Seen through a more local area already; national slots need no serial of their own.
        if (slot.serial === serial) continue;
        slot.area = slot.national as CompiledArea;
        this.consider(slot, run);
      }
    }
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
   * Offerings that reach this place through a province, municipality, radius or polygon area
   * (national ones excluded), with their most local kind. No fit, no scoring: cheap.
   */
  coveringAreas(place: CoverageQuery): Map<string, CoverageKind> {
    const found = new Map<string, CompiledArea>();
    for (const hit of this.index.coveringAt(place)) {
      const area = this.slots.get(hit.offeringId)?.areas.get(hit.areaId);
      if (!area) continue;
      const best = found.get(hit.offeringId);
      if (best === undefined || moreLocal(area, best)) found.set(hit.offeringId, area);
    }
    return new Map([...found].map(([id, a]) => [id, a.area.kind]));
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
    const drop = checkFit(slot, q) ?? checkDistance(distanceOf(slot, q), q);
    return drop ?? 'MATCH';
  }

  /** Starts one call: prepares the query and empties the reused scratch structures. */
  private begin(query: MatchQuery): Run {
    const q = prepareQuery(query);
    const serial = ++this.serial;
    this.covering.length = 0;
    this.top.length = 0;
    this.bundle.reset();
    return {
      q,
      serial,
      insert: q.limit <= INSERTION_LIMIT,
      filterDistance: q.maxDistanceKm !== Infinity,
      cmp: (a, b) => this.compare(a, b, q, serial),
      total: 0,
      metUnion: 0,
    };
  }

  /** Fit, score and rank one covering offering whose `area` is set. */
  private consider(slot: Slot, run: Run): void {
    const { q, serial } = run;
    const c = slot;
    if (checkFit(c, q) !== null) return;
    if (run.filterDistance && checkDistance(this.distance(slot, q, serial), q) !== null) return;
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

  /** Non-full first, then score desc, distance asc (none last), id asc. */
  private compare(a: Slot, b: Slot, q: PreparedQuery, serial: number): number {
    if (a.full !== b.full) return a.full ? 1 : -1;
    if (a.score !== b.score) return b.score - a.score;
    const da = sortableDistance(this.distance(a, q, serial));
    const db = sortableDistance(this.distance(b, q, serial));
    if (da !== db) return da - db;
    return compareIds(a.id, b.id);
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

  private attachNational(slot: Slot): void {
    const mask = slot.needMask;
    let bucket = this.nationalBuckets.get(mask);
    if (!bucket) {
      bucket = { mask, slots: [] };
      this.nationalBuckets.set(mask, bucket);
      this.bucketList.push(bucket);
    }
    slot.bucket = bucket;
    slot.bucketIndex = bucket.slots.length;
    bucket.slots.push(slot);
  }

  private detachNational(slot: Slot | undefined): void {
    const bucket = slot?.bucket;
    if (!slot || !bucket) return;
    // Swap-remove: the order inside a bucket does not affect results. Empty buckets stay;
    // there are at most 2^11 need masks.
    const last = bucket.slots.pop() as Slot;
    if (last !== slot) {
      bucket.slots[slot.bucketIndex] = last;
      last.bucketIndex = slot.bucketIndex;
    }
    slot.bucket = undefined;
    slot.bucketIndex = -1;
  }
}

// Placeholder so `area` is never undefined; replaced before any use in a call.
const EMPTY_AREA: CompiledArea = { areaId: '', area: { kind: 'NATIONAL' }, locality: 0 };

/** Is `a` more local than `b`? Kind first, then the smaller radius, then the smaller id. */
function moreLocal(a: CompiledArea, b: CompiledArea): boolean {
  const ra = LOCALITY_RANK[a.area.kind];
  const rb = LOCALITY_RANK[b.area.kind];
  if (ra !== rb) return ra < rb;
  if (a.area.kind === 'RADIUS' && b.area.kind === 'RADIUS' && a.area.radiusKm !== b.area.radiusKm) {
    // NaN radii never cover, so they never reach this comparison.
    return a.area.radiusKm < b.area.radiusKm;
  }
  return a.areaId < b.areaId;
}

function distanceOf(c: CompiledOffering, q: PreparedQuery): number | null {
  const loc = c.offering.partnerLocation;
  return loc ? haversineKm(q.point, loc) : null;
}

function sortableDistance(d: number | null): number {
  return d === null || Number.isNaN(d) ? Infinity : d;
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
