import { INTERVENTION_CODES, type InterventionCode } from '../taxonomy/intervention-type.js';
import { compareIds } from './bundle.js';
import { prepareQuery } from './fit.js';
import type { MatchableOffering } from './match-types.js';
import {
  type CoverageFilter,
  type CoveragePlace,
  fitsOnce,
  groupPlaces,
  hasNationalArea,
  NATIONAL_KEY,
  type Slot,
  type SlotStore,
  type SpatialEntry,
} from './slot-store.js';

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

/**
 * The local-reach use case (see docs/glossary.md): which offerings reach a set of places (say,
 * a municipality's schools) through their own areas, with those areas — for the map and list of
 * the municipality view.
 */
export class LocalReachFinder {
  constructor(private readonly store: SlotStore) {}

  /**
   * The offerings present among these places through their own areas: those that reach at
   * least one place through a province, municipality, radius or polygon area and fit it
   * (meeting one of `codes`, every type by default), with the areas that do so and how many
   * places they reach that way. The same offerings the `local` of coverageCounts counts, over
   * all places at once. Most places first, then title and id. `nationalOnly` counts the fitting
   * offerings that reach places only through a national area.
   */
  localReach(
    places: readonly CoveragePlace[],
    codes: readonly InterventionCode[] = INTERVENTION_CODES,
    filter: CoverageFilter = {},
  ): LocalReachOutcome {
    const store = this.store;
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
      const q = prepareQuery({ ...first, needs, limit: 0, filters: filter });
      const group = store.nextSerial();
      const needMask = q.needMask;
      for (const bucket of store.national.buckets(NATIONAL_KEY)) {
        if (needMask !== 0 && (bucket.mask & needMask) === 0) continue;
        for (const { slot } of bucket.entries) if (fitsOnce(slot, q, group)) national.add(slot);
      }
      // Code areas reach every place of the group; their offerings are marked with `group`.
      const byCode: Slot[] = [];
      for (const buckets of [
        store.byMunicipality.buckets(first.municipalityCode),
        store.byProvince.buckets(first.provinceCode),
      ]) {
        for (const bucket of buckets) {
          if (needMask !== 0 && (bucket.mask & needMask) === 0) continue;
          for (const { slot, area } of bucket.entries) {
            if (!fitsOnce(slot, q, group)) continue;
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
      const accept = (e: SpatialEntry): boolean => fitsOnce(e.slot, q, group);
      const visit = (e: SpatialEntry): void => {
        const r = record(e.slot);
        r.areas.add(e.compiled.areaId);
        if (e.slot.serial !== group && e.slot.serial !== place) {
          e.slot.serial = place;
          r.places++;
        }
      };
      for (const i of indices) {
        place = store.nextSerial();
        store.index.visitSpatial(places[i].point, accept, visit);
      }
    }
    const local: LocalReach[] = [...found].map(([slot, r]) => ({
      offering: slot.offering,
      verified: slot.verified,
      areaIds: slot.offering.coverage.filter((c) => r.areas.has(c.areaId)).map((c) => c.areaId),
      places: r.places,
      national: hasNationalArea(slot),
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
}
