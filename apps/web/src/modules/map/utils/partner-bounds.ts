import { geoJSON, latLng, latLngBounds, type LatLngBounds } from 'leaflet';

import { isAreaGeometry } from '../../../shared/map/utils/geo';
import type { OfferingNode, OrganisationNode } from '../hooks/use-organisations';

/** Bounds around a partner's office and the coverage areas that can be drawn. */
export function partnerBounds(
  organisation: OrganisationNode,
  offerings: readonly OfferingNode[],
): LatLngBounds | null {
  let bounds: LatLngBounds | null = null;
  const extend = (next: LatLngBounds) => {
    bounds = bounds ? bounds.extend(next) : latLngBounds(next.getSouthWest(), next.getNorthEast());
  };
  if (organisation.location) {
    const { lat, lng } = organisation.location;
    extend(latLng(lat, lng).toBounds(2000));
  }
  for (const offering of offerings) {
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
