import { bboxContains, circleBBox, geometryBBox } from '../geo/bbox.js';
import type { AreaGeometry, BBox, GeoPoint, LinearRing } from '../geo/geo-types.js';
import { EARTH_RADIUS_KM } from '../geo/haversine.js';
import type { CoverageAreaSpec } from './coverage-area.js';
import { areaContains } from './coverage-reference.js';

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
  /** Surface of the radius and polygon areas (regions not counted), km², overlaps counted twice. */
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
    drawnAreaKm2: areas.reduce((sum, a) => sum + drawnAreaKm2(a), 0),
    shareOfSchools: total === 0 ? 0 : reached / total,
  };
}

/** Surface of a radius or polygon area in km² (0 for regions and national). */
export function drawnAreaKm2(area: CoverageAreaSpec): number {
  if (area.kind === 'RADIUS') return Math.PI * area.radiusKm * area.radiusKm;
  if (area.kind === 'POLYGON') return geometryAreaKm2(area.geometry);
  return 0;
}

/** Surface of a (Multi)Polygon in km², holes taken out (spherical excess of each ring). */
export function geometryAreaKm2(geometry: AreaGeometry): number {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let total = 0;
  for (const rings of polygons) {
    rings.forEach((ring, i) => {
      const a = Math.abs(ringAreaKm2(ring));
      total += i === 0 ? a : -a;
    });
  }
  return Math.max(0, total);
}

// The ring area on a sphere (the formula of Chamberlain & Duquette, also used by d3 and turf).
function ringAreaKm2(ring: LinearRing): number {
  const n = ring.length;
  if (n < 4) return 0;
  const rad = Math.PI / 180;
  let sum = 0;
  for (let i = 0; i < n - 1; i++) {
    const [lng1, lat1] = ring[i]!;
    const [lng2, lat2] = ring[i + 1]!;
    sum += (lng2 - lng1) * rad * (2 + Math.sin(lat1 * rad) + Math.sin(lat2 * rad));
  }
  return (sum * EARTH_RADIUS_KM * EARTH_RADIUS_KM) / 2;
}
