import {
  CoverageIndex,
  type CoverageEntry,
  type CoverageQuery,
} from '../coverage/coverage-index.js';
import { buildShortlist, shortlistKey, type Shortlist } from './national-shortlist.js';
import { NeedBuckets, type NeedBucket } from './need-buckets.js';
import type { CoverageKind } from '../coverage/coverage-area.js';
import { areaContains } from '../coverage/coverage-reference.js';
import { haversineKm } from '../geo/haversine.js';
import type { GeoPoint } from '../geo/geo-types.js';
import { INTERVENTION_CODES, type InterventionCode } from '../taxonomy/intervention-type.js';
import type { SchoolType } from '../values/sector.js';
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
  /** Passed to CoverageIndex: points whose covering spatial areas are remembered. */
  pointMemoLimit?: number;
}

/** A place to count coverage for: usually a school location, its CBS codes and school type. */
export interface CoveragePlace extends CoverageQuery {
  schoolType?: SchoolType;
}

/**
 * Counts per place and intervention type, row-major: the count for place i and
 * INTERVENTION_CODES[j] is at i * needs + j.
 */
export interface CoverageCounts {
  needs: number;
  offerings: Int32Array;
  verified: Int32Array;
  local: Int32Array;
}

/** One offering present among a set of places through its own (non-national) areas. */
export interface LocalReach {
  offering: MatchableOffering;
  /** Its organisation is VERIFIED. */
  verified: boolean;
  /** Its province, municipality, radius and polygon areas that reach a place it fits, in its own order. */
  areaIds: string[];
  /** Places it reaches through those areas and fits. */
  places: number;
  /** It also has a national area. */
  national: boolean;
}

export interface LocalReachOutcome {
  local: LocalReach[];
  /** Offerings that fit a place but reach the places only through a national area. */
  nationalOnly: number;
}

/** Why `explain` says an offering is not in a result: a fit rule, or no coverage at all. */
export type MatchVerdict = 'MATCH' | 'UNKNOWN_OFFERING' | 'NOT_COVERED' | DropReason;

// Up to this limit the best results are kept by insertion into a small sorted array; above
// it, all matches are sorted once.
const INSERTION_LIMIT = 256;

/** A national, province or municipality area of a matchable offering, filed by need mask. */
interface CodeEntry {
  readonly slot: Slot;
  readonly area: CompiledArea;
  readonly needMask: number;
  bucket: NeedBucket<CodeEntry> | undefined;
  bucketIndex: number;
}

/** A radius or polygon area as held by the CoverageIndex, pointing back at its offering. */
interface SpatialEntry extends CoverageEntry {
  readonly slot: Slot;
  readonly compiled: CompiledArea;
}

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
}

/** One stored offering plus scratch fields that a single match call fills in. */
interface Slot extends CompiledOffering {
  /** Its areas filed in the engine's code buckets (none while not matchable). */
  readonly codeEntries: CodeEntry[];
  /** Matchable with a national area (so it is on every national shortlist it fits). */
  hasNational: boolean;
  // Scratch, valid while `serial` (or `fitSerial`) equals the running call's serial. match()
  // is synchronous and never calls out, so calls cannot interleave.
  serial: number;
  fitSerial: number;
  fits: boolean;
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
 * Coverage lookup: national, province and municipality areas are decided by code alone, so
 * the engine files them itself (NeedBuckets: per code, grouped by the offering's need mask)
 * and a query walks only the groups that meet one of its needs, allocating nothing. Radius
 * and polygon areas live in the CoverageIndex (R-tree); the offering's fit is checked on each
 * bounding-box candidate before the exact geometry test, so point-in-polygon runs only for
 * offerings that could match. Offerings that can never match (not ACTIVE, or organisation
 * DRAFT/SUSPENDED) are stored and counted but filed nowhere.
 */
export class MatchEngine {
  private readonly slots = new Map<string, Slot>();
  private readonly national = new NeedBuckets<CodeEntry>();
  private readonly byProvince = new NeedBuckets<CodeEntry>();
  private readonly byMunicipality = new NeedBuckets<CodeEntry>();
  private readonly index: CoverageIndex<SpatialEntry>;
  private names: PlaceNames | undefined;
  private serial = 0;
  // Reused between calls so a match does not allocate big arrays.
  private readonly covering: Slot[] = [];
  private readonly top: Slot[] = [];
  private readonly bundle = new BundleSolver<Slot>();
  // National shortlists by query shape; emptied whenever a national offering changes.
  private readonly shortlists = new Map<string, Shortlist<Slot>>();

  constructor(
    offerings: Iterable<MatchableOffering> = [],
    names?: PlaceNames,
    options: MatchEngineOptions = {},
  ) {
    this.index = new CoverageIndex<SpatialEntry>([], {
      overflowLimit: options.coverageOverflowLimit,
      pointMemoLimit: options.pointMemoLimit,
      // Lets a match pass over remembered areas of offerings that meet none of its needs.
      maskOf: (e) => e.slot.needMask,
    });
    this.names = names;
    for (const o of offerings) this.upsert(o);
    this.index.rebuild();
  }

  /** Replaces the offering with this id, including its coverage. Seen by the next match. */
  upsert(offering: MatchableOffering): void {
    // Compiling first means a bad offering throws before anything changes.
    const c = compileOffering(offering);
    const previous = this.slots.get(c.id);
    if (previous) this.detachCodes(previous);
    if (previous?.hasNational) this.shortlists.clear();
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
      codeEntries: [],
      hasNational: false,
      serial: 0,
      fitSerial: 0,
      fits: false,
      area: EMPTY_AREA,
      score: 0,
      met: 0,
      distSerial: 0,
      dist: null,
    };
    this.slots.set(c.id, slot);
    const spatial: SpatialEntry[] = [];
    if (c.offeringActive && c.organisationActive) {
      let national: CompiledArea | undefined;
      for (const a of c.areas.values()) {
        const area = a.area;
        switch (area.kind) {
          case 'NATIONAL':
            // One national area is enough; the smallest id keeps the choice stable.
            if (national === undefined || a.areaId < national.areaId) national = a;
            break;
          case 'PROVINCE':
            this.file(this.byProvince, area.provinceCode, slot, a);
            break;
          case 'MUNICIPALITY':
            this.file(this.byMunicipality, area.municipalityCode, slot, a);
            break;
          case 'RADIUS':
          case 'POLYGON':
            spatial.push({ areaId: a.areaId, offeringId: c.id, area, slot, compiled: a });
            break;
        }
      }
      if (national) {
        this.file(this.national, NATIONAL_KEY, slot, national);
        slot.hasNational = true;
        this.shortlists.clear();
      }
    }
    this.index.upsertOffering(c.id, spatial);
  }

  remove(offeringId: string): void {
    const slot = this.slots.get(offeringId);
    if (!slot) return;
    this.detachCodes(slot);
    if (slot.hasNational) this.shortlists.clear();
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

  /**
   * Works out ahead of time which radius and polygon areas contain these points (the school
   * locations), so their matches skip the spatial search. See CoverageIndex.
   */
  rememberPoints(points: Iterable<GeoPoint>): void {
    this.index.rememberPoints(points);
  }

  /** Points whose covering spatial areas are remembered (0 again after an index rebuild). */
  get rememberedPoints(): number {
    return this.index.rememberedPoints;
  }

  match(query: MatchQuery): MatchOutcome {
    const run = this.begin(query);
    const place = run.q.coverage;
    // checkFit refuses offerings that meet none of the requested needs: the mask says so.
    this.index.visitSpatial(place.point, run.accept, run.visit, run.q.needMask);
    this.reachAll(this.byMunicipality.buckets(place.municipalityCode), run);
    this.reachAll(this.byProvince.buckets(place.provinceCode), run);
    // With a distance filter (per offering and place) or a very long list, walk every
    // national offering; otherwise read the head of this query shape's shortlist.
    const shortlist = run.filterDistance || !run.insert ? undefined : this.shortlist(run.q);
    if (!shortlist) this.reachAll(this.national.buckets(NATIONAL_KEY), run);
    for (const slot of this.covering) this.consider(slot, run);
    if (shortlist) this.considerNational(shortlist, run);
    return this.finish(run);
  }

  private shortlist(q: PreparedQuery): Shortlist<Slot> {
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
    if (!this.fits(slot, run)) return;
    slot.serial = run.serial;
    slot.area = area;
    this.covering.push(slot);
  }

  /** checkFit, computed once per offering per call. */
  private fits(slot: Slot, run: Run): boolean {
    if (slot.fitSerial !== run.serial) {
      slot.fitSerial = run.serial;
      slot.fits = checkFit(slot, run.q) === null;
    }
    return slot.fits;
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
    const note = (slot: Slot, area: CompiledArea): void => {
      const best = found.get(slot.id);
      if (best === undefined || moreLocal(area, best)) found.set(slot.id, area);
    };
    for (const codes of [
      this.byMunicipality.buckets(place.municipalityCode),
      this.byProvince.buckets(place.provinceCode),
    ]) {
      for (const bucket of codes) for (const e of bucket.entries) note(e.slot, e.area);
    }
    this.index.visitSpatial(
      place.point,
      () => true,
      (e) => note(e.slot, e.compiled),
    );
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

  /**
   * Per place and intervention type: how many matchable offerings reach the place and fit it
   * (every need requested, no filters), how many of those come from a verified partner, and how
   * many reach it through a province, municipality, radius or polygon area. The same numbers as
   * counting `needsMet` over match({ ...place, needs: all, limit: size }), without ranking,
   * distances or reasons.
   *
   * Places are grouped by what decides all but the spatial areas: the school type (fit), the
   * municipality and the province (code areas). Per group the code areas are counted once and
   * their offerings marked; per place only the radius and polygon areas are visited, skipping
   * marked and non-fitting offerings before the geometry test. National offerings are counted
   * once per school type.
   */
  coverageCounts(places: readonly CoveragePlace[]): CoverageCounts {
    const n = INTERVENTION_CODES.length;
    const out: CoverageCounts = {
      needs: n,
      offerings: new Int32Array(places.length * n),
      verified: new Int32Array(places.length * n),
      local: new Int32Array(places.length * n),
    };
    const groups = new Map<string, number[]>();
    for (let i = 0; i < places.length; i++) {
      const p = places[i];
      const key = `${p.schoolType ?? ''}|${p.municipalityCode ?? ''}|${p.provinceCode ?? ''}`;
      const list = groups.get(key);
      if (list) list.push(i);
      else groups.set(key, [i]);
    }
    const nationalByType = new Map<string, { offerings: Int32Array; verified: Int32Array }>();
    const hasNational = (slot: Slot): boolean =>
      slot.codeEntries.some((e) => e.area.area.kind === 'NATIONAL');

    for (const indices of groups.values()) {
      const first = places[indices[0]];
      // Fit depends on the school type only here (no groep, filters or distance).
      const run = this.begin({ ...first, needs: ALL_NEEDS, limit: 0 });
      const group = run.serial;
      const needMask = run.q.needMask;

      let national = nationalByType.get(first.schoolType ?? '');
      if (!national) {
        national = { offerings: new Int32Array(n), verified: new Int32Array(n) };
        for (const bucket of this.national.buckets(NATIONAL_KEY)) {
          for (const { slot } of bucket.entries) {
            if (!this.fits(slot, run)) continue;
            for (let m = slot.needMask & needMask; m !== 0; m &= m - 1) {
              const b = 31 - Math.clz32(m & -m);
              national.offerings[b]++;
              if (slot.verified) national.verified[b]++;
            }
          }
        }
        nationalByType.set(first.schoolType ?? '', national);
      }

      // Code areas: the same for every place of the group. Marked offerings carry `group`.
      const base = {
        offerings: new Int32Array(n),
        verified: new Int32Array(n),
        local: new Int32Array(n),
      };
      for (const codes of [
        this.byMunicipality.buckets(first.municipalityCode),
        this.byProvince.buckets(first.provinceCode),
      ]) {
        for (const bucket of codes) {
          for (const { slot } of bucket.entries) {
            if (slot.serial === group || !this.fits(slot, run)) continue;
            slot.serial = group;
            const alsoNational = hasNational(slot);
            for (let m = slot.needMask & needMask; m !== 0; m &= m - 1) {
              const b = 31 - Math.clz32(m & -m);
              base.local[b]++;
              if (!alsoNational) {
                base.offerings[b]++;
                if (slot.verified) base.verified[b]++;
              }
            }
          }
        }
      }

      // Per place: radius and polygon areas of offerings not counted through a code area.
      let place = 0;
      let offset = 0;
      const accept = (e: SpatialEntry): boolean =>
        e.slot.serial !== group && e.slot.serial !== place && this.fits(e.slot, run);
      const visit = (e: SpatialEntry): void => {
        const slot = e.slot;
        if (slot.serial === place) return;
        slot.serial = place;
        const alsoNational = hasNational(slot);
        for (let m = slot.needMask & needMask; m !== 0; m &= m - 1) {
          const b = offset + 31 - Math.clz32(m & -m);
          out.local[b]++;
          if (!alsoNational) {
            out.offerings[b]++;
            if (slot.verified) out.verified[b]++;
          }
        }
      };
      for (const i of indices) {
        place = ++this.serial;
        offset = i * n;
        for (let b = 0; b < n; b++) {
          out.offerings[offset + b] = base.offerings[b] + national.offerings[b];
          out.verified[offset + b] = base.verified[b] + national.verified[b];
          out.local[offset + b] = base.local[b];
        }
        this.index.visitSpatial(places[i].point, accept, visit);
      }
    }
    return out;
  }

  /**
   * Per place, the intervention types (a mask of INTERVENTION_CODES bits) with at least one
   * matchable offering that reaches the place through a province, municipality, radius or
   * polygon area and fits it: the `local > 0` of coverageCounts, cheaper. A place whose code
   * areas already give every type needs no spatial lookup, and spatial candidates that could
   * add no new type are skipped before the geometry test.
   */
  localCoverageMasks(places: readonly CoveragePlace[]): Int32Array {
    const out = new Int32Array(places.length);
    const all = (1 << INTERVENTION_CODES.length) - 1;
    const groups = new Map<string, number[]>();
    for (let i = 0; i < places.length; i++) {
      const p = places[i];
      const key = `${p.schoolType ?? ''}|${p.municipalityCode ?? ''}|${p.provinceCode ?? ''}`;
      const list = groups.get(key);
      if (list) list.push(i);
      else groups.set(key, [i]);
    }
    for (const indices of groups.values()) {
      const first = places[indices[0]];
      const run = this.begin({ ...first, needs: ALL_NEEDS, limit: 0 });
      let base = 0;
      for (const codes of [
        this.byMunicipality.buckets(first.municipalityCode),
        this.byProvince.buckets(first.provinceCode),
      ]) {
        for (const bucket of codes) {
          // A whole group of offerings that adds no new type can be skipped unseen.
          if ((bucket.mask & ~base) === 0) continue;
          for (const { slot } of bucket.entries) {
            if ((slot.needMask & ~base) !== 0 && this.fits(slot, run)) base |= slot.needMask;
          }
        }
      }
      base &= all;
      let mask = 0;
      const accept = (e: SpatialEntry): boolean =>
        (e.slot.needMask & ~mask) !== 0 && this.fits(e.slot, run);
      const visit = (e: SpatialEntry): void => {
        mask |= e.slot.needMask & all;
      };
      for (const i of indices) {
        mask = base;
        if (mask !== all) this.index.visitSpatial(places[i].point, accept, visit);
        out[i] = mask;
      }
    }
    return out;
  }

  /**
   * The offerings present among these places (say, a municipality's schools) through their own
   * areas: those that reach at least one place through a province, municipality, radius or
   * polygon area and fit it (meeting one of `codes`, every type by default), with the areas
   * that do so and how many places they reach that way. The same offerings the `local` of
   * coverageCounts counts, over all places at once. Most places first, then title and id.
   * `nationalOnly` counts the fitting offerings that reach places only through a national area.
   */
  localReach(
    places: readonly CoveragePlace[],
    codes: readonly InterventionCode[] = INTERVENTION_CODES,
  ): LocalReachOutcome {
    const needs = codes.map((code) => ({ code }));
    const found = new Map<Slot, { areas: Set<string>; places: number }>();
    const national = new Set<Slot>();
    const record = (slot: Slot) => {
      let r = found.get(slot);
      if (!r) found.set(slot, (r = { areas: new Set(), places: 0 }));
      return r;
    };
    for (const indices of groupPlaces(places).values()) {
      const first = places[indices[0]];
      const run = this.begin({ ...first, needs, limit: 0 });
      const group = run.serial;
      const needMask = run.q.needMask;
      for (const bucket of this.national.buckets(NATIONAL_KEY)) {
        if (needMask !== 0 && (bucket.mask & needMask) === 0) continue;
        for (const { slot } of bucket.entries) if (this.fits(slot, run)) national.add(slot);
      }
      // Code areas reach every place of the group; their offerings are marked with `group`.
      const byCode: Slot[] = [];
      for (const buckets of [
        this.byMunicipality.buckets(first.municipalityCode),
        this.byProvince.buckets(first.provinceCode),
      ]) {
        for (const bucket of buckets) {
          if (needMask !== 0 && (bucket.mask & needMask) === 0) continue;
          for (const { slot, area } of bucket.entries) {
            if (!this.fits(slot, run)) continue;
            record(slot).areas.add(area.areaId);
            if (slot.serial !== group) {
              slot.serial = group;
              byCode.push(slot);
            }
          }
        }
      }
      for (const slot of byCode) record(slot).places += indices.length;
      // Radius and polygon areas, place by place; a place counts once per offering.
      let place = 0;
      const accept = (e: SpatialEntry): boolean => this.fits(e.slot, run);
      const visit = (e: SpatialEntry): void => {
        const r = record(e.slot);
        r.areas.add(e.compiled.areaId);
        if (e.slot.serial !== group && e.slot.serial !== place) {
          e.slot.serial = place;
          r.places++;
        }
      };
      for (const i of indices) {
        place = ++this.serial;
        this.index.visitSpatial(places[i].point, accept, visit);
      }
    }
    const local: LocalReach[] = [...found].map(([slot, r]) => ({
      offering: slot.offering,
      verified: slot.verified,
      areaIds: slot.offering.coverage.filter((c) => r.areas.has(c.areaId)).map((c) => c.areaId),
      places: r.places,
      national: slot.codeEntries.some((e) => e.area.area.kind === 'NATIONAL'),
    }));
    local.sort(
      (a, b) =>
        b.places - a.places ||
        a.offering.title.localeCompare(b.offering.title, 'nl') ||
        compareIds(a.offering.id, b.offering.id),
    );
    let nationalOnly = 0;
    for (const slot of national) if (!found.has(slot)) nationalOnly++;
    return { local, nationalOnly };
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
    const run: Run = {
      q,
      serial,
      insert: q.limit <= INSERTION_LIMIT,
      filterDistance: q.maxDistanceKm !== Infinity,
      cmp: (a, b) => this.compare(a, b, q, serial),
      accept: (e) => this.fits(e.slot, run),
      visit: (e) => this.reach(e.slot, e.compiled, run),
      total: 0,
      metUnion: 0,
    };
    return run;
  }

  /** Fit, score and rank one covering offering whose `area` is set. */
  private consider(slot: Slot, run: Run): void {
    const { q, serial } = run;
    const c = slot;
    if (!this.fits(slot, run)) return;
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

  private file(into: NeedBuckets<CodeEntry>, key: string, slot: Slot, area: CompiledArea): void {
    const entry: CodeEntry = {
      slot,
      area,
      needMask: slot.needMask,
      bucket: undefined,
      bucketIndex: -1,
    };
    into.add(key, entry);
    slot.codeEntries.push(entry);
  }

  private detachCodes(slot: Slot): void {
    for (const e of slot.codeEntries) {
      const kind = e.area.area.kind;
      const from =
        kind === 'NATIONAL'
          ? this.national
          : kind === 'PROVINCE'
            ? this.byProvince
            : this.byMunicipality;
      from.remove(e);
    }
    slot.codeEntries.length = 0;
  }
}

const NATIONAL_KEY = 'NL';
const MAX_SHORTLISTS = 512;

const ALL_NEEDS = INTERVENTION_CODES.map((code) => ({ code }));

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

/** Places grouped by what decides all but the spatial areas: school type and CBS codes. */
function groupPlaces(places: readonly CoveragePlace[]): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  for (let i = 0; i < places.length; i++) {
    const p = places[i];
    const key = `${p.schoolType ?? ''}|${p.municipalityCode ?? ''}|${p.provinceCode ?? ''}`;
    const list = groups.get(key);
    if (list) list.push(i);
    else groups.set(key, [i]);
  }
  return groups;
}
