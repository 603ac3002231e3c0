import { bboxContains, circleBBox, geometryBBox } from '../geo/bbox.js';
import type { BBox, GeoPoint } from '../geo/geo-types.js';
import type { CoverageAreaSpec } from './coverage-area.js';
import { areaContains } from './coverage-reference.js';
import { coveredAreaKm2 } from './covered-area.js';

export { drawnAreaKm2, geometryAreaKm2 } from './coverage-area-size.js';

// What a set of coverage areas would reach, before it is saved: counted with areaContains, the
// one definition of coverage the matching index reproduces (no second geometry here).

export interface ReachPlace {
  point: GeoPoint;
  municipalityCode: string;
  provinceCode: string;
}

export interface CoverageReach {
  schools: number;
  municipalityCodes: string[];
  provinceCount: number;
  /** Reached by more than one of the areas (overlapping drawings or regions). */
  schoolsInOverlap: number;
  /** Surface of the radius and polygon areas (regions not counted), km², overlaps counted once. */
  drawnAreaKm2: number;
  /** Share of all given places that is reached (0–1). */
  shareOfSchools: number;
}

/** Counts the places reached by any of the areas. */
export function coverageReach(
  areas: readonly CoverageAreaSpec[],
  places: Iterable<ReachPlace>,
): CoverageReach {
  const boxes: (BBox | null)[] = areas.map((a) =>
    a.kind === 'RADIUS'
      ? circleBBox(a.center, a.radiusKm)
      : a.kind === 'POLYGON'
        ? geometryBBox(a.geometry)
        : null,
  );
  const municipalities = new Set<string>();
  const provinces = new Set<string>();
  let total = 0;
  let reached = 0;
  let overlap = 0;
  for (const place of places) {
    total++;
    let hits = 0;
    for (let i = 0; i < areas.length; i++) {
      const box = boxes[i];
      if (box && !bboxContains(box, place.point)) continue;
      if (areaContains(areas[i]!, place)) hits++;
    }
    if (hits === 0) continue;
    reached++;
    if (hits > 1) overlap++;
    municipalities.add(place.municipalityCode);
    provinces.add(place.provinceCode);
  }
  return {
    schools: reached,
    municipalityCodes: [...municipalities].sort(),
    provinceCount: provinces.size,
    schoolsInOverlap: overlap,
    drawnAreaKm2: coveredAreaKm2(areas),
    shareOfSchools: total === 0 ? 0 : reached / total,
  };
}
