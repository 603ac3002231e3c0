/**
 * CoverageIndex: which (offering, area) pairs reach a given place, without scanning them all.
 *
 * How it works
 * - NATIONAL areas sit in one set: they match every query.
 * - PROVINCE and MUNICIPALITY areas sit in maps from CBS code to areas, so a query with a
 *   code is one lookup. Coverage by code is decided by the code alone, never by the point;
 *   a query without a code matches none of them.
 * - RADIUS and POLYGON areas are found through their bounding boxes: a static Flatbush
 *   R-tree plus a small overflow set for areas added since the last build. Candidates whose
 *   box holds the point then get the exact test (great-circle distance ≤ radiusKm;
 *   pointInPolygon).
 * - Flatbush cannot change after it is built, so removal marks an area dead (a tombstone
 *   the search skips) and additions go to the overflow set, which is scanned linearly. When
 *   the overflow passes `overflowLimit` (default 256), or tombstones pile up, the tree is
 *   rebuilt from the live areas; `rebuild()` forces that. Every change is visible to the
 *   very next query.
 * - For points named in advance (rememberPoints: the school locations, asked about again and
 *   again), the tree areas whose exact shape contains them are remembered until the next
 *   rebuild, so a query there walks a short list instead of the tree and its geometry. That
 *   list can only go stale in ways the query already handles: removed areas are tombstoned
 *   (skipped), new ones sit in the overflow set (scanned), and a rebuild forgets every list.
 *
 * Edges: boundaries are inclusive. A point exactly on a polygon edge (outer ring or hole, see
 * pointInPolygon) or exactly radiusKm from the centre is covered. Bounding boxes are built to
 * contain those boundary points, so the index returns exactly what bruteForceCoveringAt
 * (covering-at-reference.ts, the specs' oracle) returns. Areas that can never match (NaN radius or centre, polygons without finite
 * positions) are kept for bookkeeping but never indexed spatially. Query points are expected
 * in normal WGS84 range (lng −180..180).
 */
import Flatbush from 'flatbush';
import { bboxContains, circleBBox, geometryBBox } from '../geo/bbox.js';
import type { BBox, GeoPoint } from '../geo/geo-types.js';
import { PreparedCircle } from '../geo/prepared-circle.js';
import { PreparedPolygon } from '../geo/prepared-polygon.js';
import type { CoverageAreaSpec, CoverageKind } from './coverage-area.js';

/** One coverage area of one offering, as fed to the matching engine. */
export interface CoverageEntry {
  areaId: string;
  offeringId: string;
  area: CoverageAreaSpec;
}

/** The place being asked about, usually a school location with its CBS codes. */
export interface CoverageQuery {
  point: GeoPoint;
  municipalityCode?: string;
  provinceCode?: string;
}

export interface CoverageHit {
  offeringId: string;
  areaId: string;
  kind: CoverageKind;
}

export interface CoverageIndexOptions<E extends CoverageEntry = CoverageEntry> {
  /** Areas allowed in the linearly scanned overflow before the R-tree is rebuilt. */
  overflowLimit?: number;
  /** Points whose covering tree areas are remembered; past this all are forgotten. */
  pointMemoLimit?: number;
  /**
   * A bit mask per entry (the matching engine: the offering's needs), kept beside each
   * remembered list so visitSpatial can pass over entries by mask without touching them.
   */
  maskOf?: (entry: E) => number;
}

export interface CoverageIndexStats {
  offerings: number;
  entries: number;
  national: number;
  province: number;
  municipality: number;
  /** Live RADIUS/POLYGON areas held in the R-tree. */
  spatialIndexed: number;
  /** RADIUS/POLYGON areas waiting in the overflow list. */
  spatialOverflow: number;
  /** Removed areas still present in the R-tree until the next rebuild. */
  tombstones: number;
  /** Areas that can never match (invalid radius/centre, geometry without positions). */
  unmatchable: number;
}

export const DEFAULT_OVERFLOW_LIMIT = 256;
/** Twice the number of school locations in the Netherlands. */
export const DEFAULT_POINT_MEMO_LIMIT = 16_384;

type Where = 'national' | 'province' | 'municipality' | 'tree' | 'overflow' | 'none';

interface Slot<E extends CoverageEntry> {
  readonly entry: E;
  readonly bbox: BBox | undefined;
  /** RADIUS/POLYGON areas prepared for fast exact tests (same answers as areaContains). */
  readonly shape: PreparedCircle | PreparedPolygon | undefined;
  where: Where;
  alive: boolean;
}

interface Remembered<E extends CoverageEntry> {
  slots: Slot<E>[];
  /** maskOf of each slot's entry, when the index has maskOf. */
  masks: Int32Array | undefined;
}

// Generic over the entry type so a caller (the MatchEngine) can hang its own data on entries
// and get the same objects back from visitSpatial.
export class CoverageIndex<E extends CoverageEntry = CoverageEntry> {
  private readonly byOffering = new Map<string, Slot<E>[]>();
  private readonly national = new Set<Slot<E>>();
  private readonly byProvince = new Map<string, Set<Slot<E>>>();
  private readonly byMunicipality = new Map<string, Set<Slot<E>>>();
  private tree: Flatbush | undefined;
  private treeSlots: Slot<E>[] = [];
  private readonly overflow = new Set<Slot<E>>();
  private tombstones = 0;
  private readonly overflowLimit: number;
  // lng → lat → tree slots whose shape contains that point (alive when it was computed).
  private readonly pointMemo = new Map<number, Map<number, Remembered<E>>>();
  private pointMemoSize = 0;
  private readonly pointMemoLimit: number;
  private readonly maskOf: ((entry: E) => number) | undefined;

  constructor(entries: Iterable<E> = [], options: CoverageIndexOptions<E> = {}) {
    this.overflowLimit = Math.max(0, options.overflowLimit ?? DEFAULT_OVERFLOW_LIMIT);
    this.pointMemoLimit = Math.max(0, options.pointMemoLimit ?? DEFAULT_POINT_MEMO_LIMIT);
    this.maskOf = options.maskOf;
    for (const entry of entries) {
      let slots = this.byOffering.get(entry.offeringId);
      if (!slots) this.byOffering.set(entry.offeringId, (slots = []));
      slots.push(this.place(entry));
    }
    this.rebuild();
  }

  /** Replaces all areas of one offering; an empty list leaves it with none. */
  upsertOffering(offeringId: string, entries: readonly E[]): void {
    for (const e of entries) {
      // A mismatch means the caller wired the wrong rows together; failing loudly beats
      // silently filing the area under another offering.
      if (e.offeringId !== offeringId) {
        throw new Error(
          `CoverageIndex.upsertOffering(${offeringId}): entry ${e.areaId} belongs to ${e.offeringId}`,
        );
      }
    }
    this.detach(offeringId);
    if (entries.length > 0) {
      this.byOffering.set(
        offeringId,
        entries.map((e) => this.place(e)),
      );
    }
    this.maybeRebuild();
  }

  /** Removes every area of an offering. Returns false if it was not indexed. */
  removeOffering(offeringId: string): boolean {
    const had = this.detach(offeringId);
    this.maybeRebuild();
    return had;
  }

  hasOffering(offeringId: string): boolean {
    return this.byOffering.has(offeringId);
  }

  /** Rebuilds the R-tree from all live spatial areas and empties overflow and tombstones. */
  rebuild(): void {
    const live: Slot<E>[] = [];
    for (const s of this.treeSlots) if (s.alive) live.push(s);
    for (const s of this.overflow) live.push(s);
    this.overflow.clear();
    this.tombstones = 0;
    this.treeSlots = live;
    this.forgetPoints();
    if (live.length === 0) {
      // Flatbush refuses to be built with zero items.
      this.tree = undefined;
      return;
    }
    const tree = new Flatbush(live.length);
    for (const s of live) {
      const b = s.bbox as BBox;
      tree.add(b[0], b[1], b[2], b[3]);
      s.where = 'tree';
    }
    tree.finish();
    this.tree = tree;
  }

  /** Every (offering, area) pair whose area contains the place. Order is not significant. */
  coveringAt(query: CoverageQuery): CoverageHit[] {
    const hits: CoverageHit[] = [];
    for (const s of this.national) hits.push(toHit(s));
    if (query.provinceCode !== undefined) {
      const set = this.byProvince.get(query.provinceCode);
      if (set) for (const s of set) hits.push(toHit(s));
    }
    if (query.municipalityCode !== undefined) {
      const set = this.byMunicipality.get(query.municipalityCode);
      if (set) for (const s of set) hits.push(toHit(s));
    }
    const p = query.point;
    if (!Number.isFinite(p.lng) || !Number.isFinite(p.lat)) return hits;
    if (this.tree) {
      const slots = this.treeSlots;
      const found = this.tree.search(p.lng, p.lat, p.lng, p.lat, (i) => slots[i].alive);
      for (const i of found) if (containsExactly(slots[i], p)) hits.push(toHit(slots[i]));
    }
    for (const s of this.overflow) {
      if (bboxContains(s.bbox as BBox, p) && containsExactly(s, p)) hits.push(toHit(s));
    }
    return hits;
  }

  /**
   * The RADIUS and POLYGON entries whose area contains the point, handed to `visit` one by one
   * without allocating hits; `accept` (say, "could this offering fit at all?") runs before any
   * exact geometry test. At a remembered point (see rememberPoints) the tree areas come from
   * its list; elsewhere from an R-tree search. Code and national areas are not visited.
   *
   * `mask` (non-zero, with options.maskOf) is a promise by the caller that `accept` refuses
   * every entry whose mask shares no bit with it; remembered lists then skip those entries by
   * their stored mask alone.
   */
  visitSpatial(
    p: GeoPoint,
    accept: (entry: E) => boolean,
    visit: (entry: E) => void,
    mask = 0,
  ): void {
    if (!Number.isFinite(p.lng) || !Number.isFinite(p.lat)) return;
    if (this.tree) {
      const remembered = this.pointMemo.get(p.lng)?.get(p.lat);
      if (remembered) {
        const { slots, masks } = remembered;
        const skip = mask !== 0 && masks !== undefined;
        for (let i = 0; i < slots.length; i++) {
          if (skip && (masks[i] & mask) === 0) continue;
          const s = slots[i];
          if (s.alive && accept(s.entry)) visit(s.entry);
        }
      } else {
        const slots = this.treeSlots;
        // All work happens in the filter, which answers false: Flatbush builds no result list.
        this.tree.search(p.lng, p.lat, p.lng, p.lat, (i) => {
          const s = slots[i];
          if (s.alive && accept(s.entry) && containsExactly(s, p)) visit(s.entry);
          return false;
        });
      }
    }
    for (const s of this.overflow) {
      if (bboxContains(s.bbox as BBox, p) && accept(s.entry) && containsExactly(s, p)) {
        visit(s.entry);
      }
    }
  }

  /**
   * Works out and remembers which tree areas contain each of these points (school locations),
   * so that later queries there walk that list instead of the tree and its geometry.
   */
  rememberPoints(points: Iterable<GeoPoint>): void {
    if (!this.tree || this.pointMemoLimit === 0) return;
    const tree = this.tree;
    const slots = this.treeSlots;
    for (const p of points) {
      if (!Number.isFinite(p.lng) || !Number.isFinite(p.lat)) continue;
      if (this.pointMemo.get(p.lng)?.has(p.lat)) continue;
      const found: Slot<E>[] = [];
      tree.search(p.lng, p.lat, p.lng, p.lat, (i) => {
        const s = slots[i];
        if (s.alive && containsExactly(s, p)) found.push(s);
        return false;
      });
      if (this.pointMemoSize >= this.pointMemoLimit) this.forgetPoints();
      let byLat = this.pointMemo.get(p.lng);
      if (!byLat) this.pointMemo.set(p.lng, (byLat = new Map()));
      const maskOf = this.maskOf;
      byLat.set(p.lat, {
        slots: found,
        masks: maskOf ? Int32Array.from(found, (s) => maskOf(s.entry)) : undefined,
      });
      this.pointMemoSize++;
    }
  }

  /** Points whose covering tree areas are remembered. */
  get rememberedPoints(): number {
    return this.pointMemoSize;
  }

  private forgetPoints(): void {
    this.pointMemo.clear();
    this.pointMemoSize = 0;
  }


  /** The same hits grouped per offering (an offering may reach a place through several areas). */
  offeringsCoveringAt(query: CoverageQuery): Map<string, CoverageHit[]> {
    const grouped = new Map<string, CoverageHit[]>();
    for (const hit of this.coveringAt(query)) {
      const list = grouped.get(hit.offeringId);
      if (list) list.push(hit);
      else grouped.set(hit.offeringId, [hit]);
    }
    return grouped;
  }

  get size(): CoverageIndexStats {
    let entries = 0;
    for (const slots of this.byOffering.values()) entries += slots.length;
    let unmatchable = 0;
    for (const slots of this.byOffering.values()) {
      for (const s of slots) if (s.where === 'none') unmatchable++;
    }
    return {
      offerings: this.byOffering.size,
      entries,
      national: this.national.size,
      province: countAll(this.byProvince),
      municipality: countAll(this.byMunicipality),
      spatialIndexed: this.treeSlots.length - this.tombstones,
      spatialOverflow: this.overflow.size,
      tombstones: this.tombstones,
      unmatchable,
    };
  }

  /** Files one entry in the right structure; spatial areas go to the overflow list. */
  private place(entry: E): Slot<E> {
    const area = entry.area;
    const bbox =
      area.kind === 'RADIUS'
        ? circleBBox(area.center, area.radiusKm)
        : area.kind === 'POLYGON'
          ? geometryBBox(area.geometry)
          : undefined;
    const shape =
      area.kind === 'RADIUS'
        ? new PreparedCircle(area.center, area.radiusKm)
        : area.kind === 'POLYGON'
          ? new PreparedPolygon(area.geometry)
          : undefined;
    const slot: Slot<E> = { entry, bbox, shape, where: 'none', alive: true };
    switch (area.kind) {
      case 'NATIONAL':
        this.national.add(slot);
        slot.where = 'national';
        break;
      case 'PROVINCE':
        addTo(this.byProvince, area.provinceCode, slot);
        slot.where = 'province';
        break;
      case 'MUNICIPALITY':
        addTo(this.byMunicipality, area.municipalityCode, slot);
        slot.where = 'municipality';
        break;
      case 'RADIUS':
      case 'POLYGON':
        // NaN or empty boxes cannot contain a point, and would corrupt the R-tree.
        if (bbox && isUsableBBox(bbox)) {
          this.overflow.add(slot);
          slot.where = 'overflow';
        }
        break;
    }
    return slot;
  }

  private detach(offeringId: string): boolean {
    const slots = this.byOffering.get(offeringId);
    if (!slots) return false;
    this.byOffering.delete(offeringId);
    for (const s of slots) {
      s.alive = false;
      const area = s.entry.area;
      switch (s.where) {
        case 'national':
          this.national.delete(s);
          break;
        case 'province':
          if (area.kind === 'PROVINCE') removeFrom(this.byProvince, area.provinceCode, s);
          break;
        case 'municipality':
          if (area.kind === 'MUNICIPALITY') {
            removeFrom(this.byMunicipality, area.municipalityCode, s);
          }
          break;
        case 'overflow':
          this.overflow.delete(s);
          break;
        case 'tree':
          this.tombstones++;
          break;
        case 'none':
          break;
      }
    }
    return true;
  }

  private maybeRebuild(): void {
    if (
      this.overflow.size > this.overflowLimit ||
      this.tombstones > Math.max(this.overflowLimit, this.treeSlots.length / 2)
    ) {
      this.rebuild();
    }
  }
}

function containsExactly(s: Slot<CoverageEntry>, p: GeoPoint): boolean {
  return s.shape !== undefined && s.shape.contains(p);
}

function toHit(s: Slot<CoverageEntry>): CoverageHit {
  // A fresh object each time, so callers cannot alter what the index holds.
  return { offeringId: s.entry.offeringId, areaId: s.entry.areaId, kind: s.entry.area.kind };
}

function isUsableBBox(b: BBox): boolean {
  return b.every(Number.isFinite) && b[0] <= b[2] && b[1] <= b[3];
}

function addTo<S>(map: Map<string, Set<S>>, key: string, slot: S): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(slot);
}

function removeFrom<S>(map: Map<string, Set<S>>, key: string, slot: S): void {
  const set = map.get(key);
  if (!set) return;
  set.delete(slot);
  if (set.size === 0) map.delete(key);
}

function countAll<S>(map: Map<string, Set<S>>): number {
  let n = 0;
  for (const set of map.values()) n += set.size;
  return n;
}
