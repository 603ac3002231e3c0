import type { LatLngTuple } from 'leaflet';
import type { GeoJSONProps } from 'react-leaflet';

// The European Netherlands with a small margin (south-west Zeeland to north-east Groningen).
export const NETHERLANDS_BOUNDS: [LatLngTuple, LatLngTuple] = [
  [50.72, 3.3],
  [53.58, 7.25],
];

export type AreaGeometry = GeoJSONProps['data'];

/** Coverage geometry arrives as untyped JSON: only draw what really is a (Multi)Polygon. */
export function isAreaGeometry(value: unknown): value is AreaGeometry {
  if (typeof value !== 'object' || value === null) return false;
  const { type, coordinates } = value as { type?: unknown; coordinates?: unknown };
  return (type === 'Polygon' || type === 'MultiPolygon') && Array.isArray(coordinates);
}

export function prefersReducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}
