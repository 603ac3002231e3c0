import type { LatLngTuple } from 'leaflet';

import type { CoverageStatus } from '../../../generated/graphql';
import { NETHERLANDS_BOUNDS } from '../../../shared/map/utils/geo';

// Colours for the map; the table and the legend always say the same in words.
export const STATUS_COLOUR: Record<CoverageStatus, string> = {
  GAP: '#b2182b',
  ONLY_NATIONAL: '#e08214',
  LOCAL: '#1b7837',
  NOT_APPLICABLE: '#bdbdbd',
};

/** Buckets of "types covered locally" (out of 11), lowest first. */
export const COUNT_BUCKETS: { from: number; to: number; colour: string }[] = [
  { from: 0, to: 0, colour: '#b2182b' },
  { from: 1, to: 3, colour: '#e08214' },
  { from: 4, to: 7, colour: '#a6d96a' },
  { from: 8, to: 11, colour: '#1b7837' },
];

export function countColour(covered: number): string {
  return (COUNT_BUCKETS.find((b) => covered >= b.from && covered <= b.to) ?? COUNT_BUCKETS[0])
    .colour;
}

type Position = number[];

/** [[south, west], [north, east]] of a GeoJSON (Multi)Polygon, or null for anything else. */
export function geometryBounds(geometry: unknown): [[number, number], [number, number]] | null {
  const g = geometry as { type?: string; coordinates?: unknown } | null;
  if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) return null;
  const polygons = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as Position[][][];
  let south = Infinity;
  let west = Infinity;
  let north = -Infinity;
  let east = -Infinity;
  for (const polygon of polygons) {
    for (const ring of polygon) {
      for (const [lng, lat] of ring) {
        south = Math.min(south, lat);
        north = Math.max(north, lat);
        west = Math.min(west, lng);
        east = Math.max(east, lng);
      }
    }
  }
  return Number.isFinite(south)
    ? [
        [south, west],
        [north, east],
      ]
    : null;
}

/** [[south, west], [north, east]]. */
export type MapBounds = [LatLngTuple, LatLngTuple];

/** Around the schools, a little padded, or null without any. */
function schoolBounds(points: { lat: number; lng: number }[]): MapBounds | null {
  if (points.length === 0) return null;
  const lats = points.map((p) => p.lat);
  const lngs = points.map((p) => p.lng);
  const pad = 0.01;
  return [
    [Math.min(...lats) - pad, Math.min(...lngs) - pad],
    [Math.max(...lats) + pad, Math.max(...lngs) + pad],
  ];
}

/**
 * What a map of the municipality shows: its outline, else (no boundary known) its schools, else
 * the country. Both maps of the page (coverage and unmet need) use it, so a municipality without
 * a boundary does not show its schools as one dot on a map of the whole country.
 */
export function municipalityMapBounds(coverage: {
  municipality: { boundary?: unknown };
  schools: { location: { lat: number; lng: number } }[];
}): MapBounds {
  return (
    geometryBounds(coverage.municipality.boundary) ??
    schoolBounds(coverage.schools.map((s) => s.location)) ??
    NETHERLANDS_BOUNDS
  );
}
