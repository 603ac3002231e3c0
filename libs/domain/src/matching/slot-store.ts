import {
  CoverageIndex,
  type CoverageEntry,
  type CoverageQuery,
} from '../coverage/coverage-index.js';
import { INTERVENTION_CODES } from '../taxonomy/intervention-type.js';
import type { SchoolType } from '../values/sector.js';
import {
  checkFit,
  compileOffering,
  type CompiledArea,
  type CompiledOffering,
  type PreparedQuery,
} from './fit.js';
import type { FundingRouteCode } from '../collaborations/funding-routes.js';
import type { MatchableOffering } from './match-types.js';
import { NeedBuckets, type NeedBucket } from './need-buckets.js';
import { LOCALITY_RANK } from './score.js';

export interface SlotStoreOptions {
  /** Passed to CoverageIndex: spatial areas added before its R-tree is rebuilt. */
  coverageOverflowLimit?: number;
  /** Passed to CoverageIndex: points whose covering spatial areas are remembered. */
  pointMemoLimit?: number;
}

/**
 * What the coverage use cases may narrow by, the same for every place of one call (so the
 * grouping of places and the per-type national counts stay valid).
 */
export interface CoverageFilter {
  /** Only offerings that name at least one of these funding routes. */
  fundingRoutes?: FundingRouteCode[];
}

/** A place to look offerings up for: usually a school location, its CBS codes and school type. */
export interface CoveragePlace extends CoverageQuery {
  schoolType?: SchoolType;
}

/** A national, province or municipality area of a matchable offering, filed by need mask. */
export interface CodeEntry {
  readonly slot: Slot;
  readonly area: CompiledArea;
  readonly needMask: number;
  bucket: NeedBucket<CodeEntry> | undefined;
  bucketIndex: number;
}

/** A radius or polygon area as held by the CoverageIndex, pointing back at its offering. */
export interface SpatialEntry extends CoverageEntry {
  readonly slot: Slot;
  readonly compiled: CompiledArea;
}

/** One stored offering plus scratch fields that a single call of a use case fills in. */
export interface Slot extends CompiledOffering {
  /** Its areas filed in the store's code buckets (none while not matchable). */
  readonly codeEntries: CodeEntry[];
  /** Matchable with a national area (so it is on every national shortlist it fits). */
  hasNational: boolean;
  // Scratch, valid while `serial` (or `fitSerial`) equals the running call's serial. Every use
  // case is synchronous and never calls out, so calls cannot interleave; the serials come from
  // one counter (SlotStore.nextSerial), so the use cases can share the fields.
  serial: number;
  fitSerial: number;
  fits: boolean;
  area: CompiledArea;
  score: number;
  met: number;
  distSerial: number;
  dist: number | null;
}

export const NATIONAL_KEY = 'NL';

export const ALL_NEEDS = INTERVENTION_CODES.map((code) => ({ code }));

// Placeholder so `area` is never undefined; replaced before any use in a call.
const EMPTY_AREA: CompiledArea = { areaId: '', area: { kind: 'NATIONAL' }, locality: 0 };

/**
 * The offerings the match engine knows, filed for lookup by place: national, province and
 * municipality areas are decided by code alone, so they are filed here by code and grouped by
 * the offering's need mask (NeedBuckets); radius and polygon areas live in the CoverageIndex
 * (R-tree). Offerings that can never match (not ACTIVE, or organisation DRAFT/SUSPENDED) are
 * stored and counted but filed nowhere. The use cases (PartnerMatcher, CoverageCounter,
 * LocalReachFinder) read this store and write only the scratch fields of its slots.
 */
export class SlotStore {
  readonly slots = new Map<string, Slot>();
  readonly national = new NeedBuckets<CodeEntry>();
  readonly byProvince = new NeedBuckets<CodeEntry>();
  readonly byMunicipality = new NeedBuckets<CodeEntry>();
  readonly index: CoverageIndex<SpatialEntry>;
  /** Changes whenever a national offering comes, changes or goes: shortlists depend on them. */
  nationalVersion = 0;
  private serial = 0;

  constructor(options: SlotStoreOptions = {}) {
    this.index = new CoverageIndex<SpatialEntry>([], {
      overflowLimit: options.coverageOverflowLimit,
      pointMemoLimit: options.pointMemoLimit,
      // Lets a match pass over remembered areas of offerings that meet none of its needs.
      maskOf: (e) => e.slot.needMask,
    });
  }

  /** A serial no call has used before: marks the slots one call (or one place) has seen. */
  nextSerial(): number {
    return ++this.serial;
  }

  /** Replaces the offering with this id, including its coverage areas. */
  upsert(offering: MatchableOffering): void {
    // Compiling first means a bad offering throws before anything changes.
    const c = compileOffering(offering);
    const previous = this.slots.get(c.id);
    if (previous) this.detachCodes(previous);
    if (previous?.hasNational) this.nationalVersion++;
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
      fundingMask: c.fundingMask,
      languages: c.languages,
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
        this.nationalVersion++;
      }
    }
    this.index.upsertOffering(c.id, spatial);
  }

  remove(offeringId: string): void {
    const slot = this.slots.get(offeringId);
    if (!slot) return;
    this.detachCodes(slot);
    if (slot.hasNational) this.nationalVersion++;
    this.slots.delete(offeringId);
    this.index.removeOffering(offeringId);
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

/** checkFit, computed once per offering per serial (a call, or a group of places). */
export function fitsOnce(slot: Slot, q: PreparedQuery, serial: number): boolean {
  if (slot.fitSerial !== serial) {
    slot.fitSerial = serial;
    slot.fits = checkFit(slot, q) === null;
  }
  return slot.fits;
}

/** The slot has a national area filed (it is matchable and works nationwide). */
export function hasNationalArea(slot: Slot): boolean {
  return slot.codeEntries.some((e) => e.area.area.kind === 'NATIONAL');
}

/** Is `a` more local than `b`? Kind first, then the smaller radius, then the smaller id. */
export function moreLocal(a: CompiledArea, b: CompiledArea): boolean {
  const ra = LOCALITY_RANK[a.area.kind];
  const rb = LOCALITY_RANK[b.area.kind];
  if (ra !== rb) return ra < rb;
  if (a.area.kind === 'RADIUS' && b.area.kind === 'RADIUS' && a.area.radiusKm !== b.area.radiusKm) {
    // NaN radii never cover, so they never reach this comparison.
    return a.area.radiusKm < b.area.radiusKm;
  }
  return a.areaId < b.areaId;
}

/** Places grouped by what decides all but the spatial areas: school type and CBS codes. */
export function groupPlaces(places: readonly CoveragePlace[]): Map<string, number[]> {
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
