import type { AreaGeometry, LinearRing } from '../geo/geo-types.js';
import { EARTH_RADIUS_KM } from '../geo/haversine.js';
import type { CoverageAreaSpec } from './coverage-area.js';

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
