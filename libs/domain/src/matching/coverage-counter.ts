import type { CoverageKind } from '../coverage/coverage-area.js';
import type { CoverageQuery } from '../coverage/coverage-index.js';
import { INTERVENTION_CODES } from '../taxonomy/intervention-type.js';
import type { CompiledArea } from './fit.js';
import { prepareQuery } from './fit.js';
import {
  ALL_NEEDS,
  type CoverageFilter,
  type CoveragePlace,
  fitsOnce,
  groupPlaces,
  hasNationalArea,
  moreLocal,
  NATIONAL_KEY,
  type Slot,
  type SlotStore,
  type SpatialEntry,
} from './slot-store.js';

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

/**
 * The coverage-statistics use case (the municipality view, see docs/glossary.md): per place
 * and intervention type, how many offerings reach the place and fit it — without ranking,
 * distances or reasons. Places are grouped by what decides all but the spatial areas (school
 * type, municipality, province), so code areas are counted once per group.
 */
export class CoverageCounter {
  constructor(private readonly store: SlotStore) {}

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
      this.store.byMunicipality.buckets(place.municipalityCode),
      this.store.byProvince.buckets(place.provinceCode),
    ]) {
      for (const bucket of codes) for (const e of bucket.entries) note(e.slot, e.area);
    }
    this.store.index.visitSpatial(
      place.point,
      () => true,
      (e) => note(e.slot, e.compiled),
    );
    return new Map([...found].map(([id, a]) => [id, a.area.kind]));
  }

  /**
   * Per place and intervention type: how many matchable offerings reach the place and fit it
   * (every need requested, no filters), how many of those come from a verified partner, and how
   * many reach it through a province, municipality, radius or polygon area. The same numbers as
   * counting `needsMet` over match({ ...place, needs: all, limit: size }), without ranking,
   * distances or reasons.
   *
   * Per group the code areas are counted once and their offerings marked; per place only the
   * radius and polygon areas are visited, skipping marked and non-fitting offerings before the
   * geometry test. National offerings are counted once per school type.
   */
  coverageCounts(places: readonly CoveragePlace[], filter: CoverageFilter = {}): CoverageCounts {
    const store = this.store;
    const n = INTERVENTION_CODES.length;
    const out: CoverageCounts = {
      needs: n,
      offerings: new Int32Array(places.length * n),
      verified: new Int32Array(places.length * n),
      local: new Int32Array(places.length * n),
    };
    const nationalByType = new Map<string, { offerings: Int32Array; verified: Int32Array }>();

    for (const indices of groupPlaces(places).values()) {
      const first = places[indices[0]];
      // Fit depends on the school type (and the call's filter) only here: no groep or distance.
      const q = prepareQuery({ ...first, needs: ALL_NEEDS, limit: 0, filters: filter });
      const group = store.nextSerial();
      const needMask = q.needMask;

      let national = nationalByType.get(first.schoolType ?? '');
      if (!national) {
        national = { offerings: new Int32Array(n), verified: new Int32Array(n) };
        for (const bucket of store.national.buckets(NATIONAL_KEY)) {
          for (const { slot } of bucket.entries) {
            if (!fitsOnce(slot, q, group)) continue;
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
        store.byMunicipality.buckets(first.municipalityCode),
        store.byProvince.buckets(first.provinceCode),
      ]) {
        for (const bucket of codes) {
          for (const { slot } of bucket.entries) {
            if (slot.serial === group || !fitsOnce(slot, q, group)) continue;
            slot.serial = group;
            const alsoNational = hasNationalArea(slot);
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
        e.slot.serial !== group && e.slot.serial !== place && fitsOnce(e.slot, q, group);
      const visit = (e: SpatialEntry): void => {
        const slot = e.slot;
        if (slot.serial === place) return;
        slot.serial = place;
        const alsoNational = hasNationalArea(slot);
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
        place = store.nextSerial();
        offset = i * n;
        for (let b = 0; b < n; b++) {
          out.offerings[offset + b] = base.offerings[b] + national.offerings[b];
          out.verified[offset + b] = base.verified[b] + national.verified[b];
          out.local[offset + b] = base.local[b];
        }
        store.index.visitSpatial(places[i].point, accept, visit);
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
  localCoverageMasks(places: readonly CoveragePlace[], filter: CoverageFilter = {}): Int32Array {
    const store = this.store;
    const out = new Int32Array(places.length);
    const all = (1 << INTERVENTION_CODES.length) - 1;
    for (const indices of groupPlaces(places).values()) {
      const first = places[indices[0]];
      const q = prepareQuery({ ...first, needs: ALL_NEEDS, limit: 0, filters: filter });
      const group = store.nextSerial();
      let base = 0;
      for (const codes of [
        store.byMunicipality.buckets(first.municipalityCode),
        store.byProvince.buckets(first.provinceCode),
      ]) {
        for (const bucket of codes) {
          // A whole group of offerings that adds no new type can be skipped unseen.
          if ((bucket.mask & ~base) === 0) continue;
          for (const { slot } of bucket.entries) {
            if ((slot.needMask & ~base) !== 0 && fitsOnce(slot, q, group)) base |= slot.needMask;
          }
        }
      }
      base &= all;
      let mask = 0;
      const accept = (e: SpatialEntry): boolean =>
        (e.slot.needMask & ~mask) !== 0 && fitsOnce(e.slot, q, group);
      const visit = (e: SpatialEntry): void => {
        mask |= e.slot.needMask & all;
      };
      for (const i of indices) {
        mask = base;
        if (mask !== all) store.index.visitSpatial(places[i].point, accept, visit);
        out[i] = mask;
      }
    }
    return out;
  }

  /**
   * Per place, the intervention types (a mask of INTERVENTION_CODES bits) with at least one
   * matchable offering that reaches it through a national area and fits it: with
   * localCoverageMasks, `offerings > 0` of coverageCounts is `(local | national) bit`. Fit
   * depends on the school type only here, so each type is worked out once.
   */
  nationalCoverageMasks(places: readonly CoveragePlace[], filter: CoverageFilter = {}): Int32Array {
    const store = this.store;
    const out = new Int32Array(places.length);
    const all = (1 << INTERVENTION_CODES.length) - 1;
    const byType = new Map<string, number>();
    places.forEach((place, i) => {
      const key = place.schoolType ?? '';
      let mask = byType.get(key);
      if (mask === undefined) {
        const q = prepareQuery({ ...place, needs: ALL_NEEDS, limit: 0, filters: filter });
        const group = store.nextSerial();
        mask = 0;
        for (const bucket of store.national.buckets(NATIONAL_KEY)) {
          if ((bucket.mask & ~mask) === 0) continue;
          for (const { slot } of bucket.entries) {
            if ((slot.needMask & ~mask) !== 0 && fitsOnce(slot, q, group)) mask |= slot.needMask;
          }
        }
        mask &= all;
        byType.set(key, mask);
      }
      out[i] = mask;
    });
    return out;
  }
}
