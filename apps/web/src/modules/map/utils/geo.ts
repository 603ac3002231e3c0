import { geoJSON, latLng, latLngBounds, type LatLngBounds, type LatLngTuple } from 'leaflet';
import type { GeoJSONProps } from 'react-leaflet';

import type { OrganisationNode } from '../../partners/hooks/use-organisations';

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

/** Bounds around a partner's office and the coverage areas that can be drawn. */
export function partnerBounds(organisation: OrganisationNode): LatLngBounds | null {
  let bounds: LatLngBounds | null = null;
  const extend = (next: LatLngBounds) => {
    bounds = bounds ? bounds.extend(next) : latLngBounds(next.getSouthWest(), next.getNorthEast());
  };
  if (organisation.location) {
    const { lat, lng } = organisation.location;
    extend(latLng(lat, lng).toBounds(2000));
  }
  for (const offering of organisation.offerings) {
    for (const area of offering.coverage) {
      const center = area.center ?? organisation.location;
      if (area.kind === 'RADIUS' && center && area.radiusKm) {
        extend(latLng(center.lat, center.lng).toBounds(area.radiusKm * 2000));
      } else if (area.kind === 'POLYGON' && isAreaGeometry(area.geometry)) {
        const polygonBounds = geoJSON(area.geometry).getBounds();
        if (polygonBounds.isValid()) extend(polygonBounds);
      }
    }
  }
  return bounds;
}

export function prefersReducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}
