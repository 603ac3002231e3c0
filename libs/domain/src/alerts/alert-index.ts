import { areaContains } from '../coverage/coverage-reference.js';
import { circleBBox, geometryBBox } from '../geo/bbox.js';
import type { BBox } from '../geo/geo-types.js';
import { haversineKm } from '../geo/haversine.js';
import {
  checkDistance,
  checkFit,
  checkLanguage,
  compileOffering,
  prepareQuery,
  type PreparedQuery,
} from '../matching/fit.js';
import type { MatchableOffering, MatchQuery } from '../matching/match-types.js';

// Which saved searches does an offering match now? Answered per changed offering, from an
// index of the saved searches, never by running every search again (README.md beside this
// file): the offering's areas pick the candidate searches (national: every search that asks for
// one of its needs; province and municipality: the searches of schools there; circle and
// polygon: the searches in the grid cells its box touches), then the finder's own fit rules
// (checkFit, checkDistance, areaContains) decide per candidate.

/** A saved search: the finder's query for one school (its point and CBS codes). */
export interface AlertSearch {
  id: string;
  query: MatchQuery;
}

/** Grid cell size in degrees (~5.5 km north–south): a circle of 10 km touches a few dozen. */
const CELL = 0.05;

interface Indexed {
  id: string;
  prepared: PreparedQuery;
}

function cellKey(lat: number, lng: number): string {
  return `${Math.floor(lat / CELL)}:${Math.floor(lng / CELL)}`;
}

export class AlertIndex {
  private readonly byId = new Map<string, Indexed>();
  /** Need bit → searches asking for it; searches without needs are in `anyNeed`. */
  private readonly byNeed = new Map<number, Set<string>>();
  private readonly anyNeed = new Set<string>();
  private readonly byMunicipality = new Map<string, Set<string>>();
  private readonly byProvince = new Map<string, Set<string>>();
  private readonly byCell = new Map<string, Set<string>>();

  constructor(searches: Iterable<AlertSearch> = []) {
    for (const s of searches) this.add(s);
  }

  get size(): number {
    return this.byId.size;
  }

  add(search: AlertSearch): void {
    this.remove(search.id);
    const prepared = prepareQuery({ ...search.query, limit: 0 });
    this.byId.set(search.id, { id: search.id, prepared });
    if (prepared.needMask === 0) this.anyNeed.add(search.id);
    for (let bit = 1; bit !== 0 && bit <= prepared.needMask; bit <<= 1) {
      if (prepared.needMask & bit) put(this.byNeed, bit, search.id);
    }
    const c = prepared.coverage;
    if (c.municipalityCode) put(this.byMunicipality, c.municipalityCode, search.id);
    if (c.provinceCode) put(this.byProvince, c.provinceCode, search.id);
    put(this.byCell, cellKey(c.point.lat, c.point.lng), search.id);
  }

  remove(id: string): void {
    const found = this.byId.get(id);
    if (!found) return;
    this.byId.delete(id);
    this.anyNeed.delete(id);
    for (const set of this.byNeed.values()) set.delete(id);
    const c = found.prepared.coverage;
    if (c.municipalityCode) this.byMunicipality.get(c.municipalityCode)?.delete(id);
    if (c.provinceCode) this.byProvince.get(c.provinceCode)?.delete(id);
    this.byCell.get(cellKey(c.point.lat, c.point.lng))?.delete(id);
  }

  /** The ids of the searches this offering matches now (none when it is not active). */
  matching(offering: MatchableOffering): string[] {
    const compiled = compileOffering(offering);
    if (!compiled.offeringActive || !compiled.organisationActive) return [];
    const out: string[] = [];
    for (const id of this.collect(offering, compiled.needMask)) {
      const s = this.byId.get(id)!;
      if (checkFit(compiled, s.prepared) !== null) continue;
      if (checkLanguage(compiled, s.prepared) !== null) continue;
      const partner = offering.partnerLocation;
      const distance = partner ? haversineKm(partner, s.prepared.point) : null;
      if (checkDistance(distance, s.prepared) !== null) continue;
      if (!offering.coverage.some((c) => areaContains(c.area, s.prepared.coverage))) continue;
      out.push(id);
    }
    return out.sort();
  }

  /**
   * The searches the index hands to the exact checks for this offering (sorted): the ones its
   * areas and needs can reach, not every search. `matching` keeps those that fit.
   */
  candidates(offering: MatchableOffering): string[] {
    return [...this.collect(offering, compileOffering(offering).needMask)].sort();
  }

  private collect(offering: MatchableOffering, needMask: number): Set<string> {
    const candidates = new Set<string>();
    const consider = (ids: Iterable<string> | undefined) => {
      for (const id of ids ?? []) candidates.add(id);
    };
    for (const { area } of offering.coverage) {
      switch (area.kind) {
        case 'NATIONAL':
          consider(this.anyNeed);
          for (const [bit, ids] of this.byNeed) if (needMask & bit) consider(ids);
          break;
        case 'PROVINCE':
          consider(this.byProvince.get(area.provinceCode));
          break;
        case 'MUNICIPALITY':
          consider(this.byMunicipality.get(area.municipalityCode));
          break;
        case 'RADIUS':
          this.considerBox(circleBBox(area.center, area.radiusKm), consider);
          break;
        case 'POLYGON':
          this.considerBox(geometryBBox(area.geometry), consider);
          break;
      }
    }
    return candidates;
  }

  private considerBox(box: BBox, consider: (ids: Iterable<string> | undefined) => void): void {
    const [minLng, minLat, maxLng, maxLat] = box;
    const cells =
      (Math.floor(maxLat / CELL) - Math.floor(minLat / CELL) + 1) *
      (Math.floor(maxLng / CELL) - Math.floor(minLng / CELL) + 1);
    if (!(cells <= 40_000)) {
      // A huge or broken box: every search is a candidate (the exact test decides).
      consider(this.byId.keys());
      return;
    }
    for (let la = Math.floor(minLat / CELL); la <= Math.floor(maxLat / CELL); la++) {
      for (let ln = Math.floor(minLng / CELL); ln <= Math.floor(maxLng / CELL); ln++) {
        consider(this.byCell.get(`${la}:${ln}`));
      }
    }
  }
}

function put<K>(map: Map<K, Set<string>>, key: K, id: string): void {
  const set = map.get(key);
  if (set) set.add(id);
  else map.set(key, new Set([id]));
}
