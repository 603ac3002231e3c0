import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

import type { OfferingNode, OrganisationNode } from '../hooks/use-organisations';
import type { SchoolNode } from '../hooks/use-schools';
import { prefersReducedMotion } from '../../../shared/map/utils/geo';
import { partnerBounds } from '../utils/partner-bounds';

interface SelectionFocusProps {
  selectionKey: string | null;
  school: Pick<SchoolNode, 'location'> | undefined;
  partner: OrganisationNode | undefined;
  /** The partner's offerings once fetched: the map moves again to take in their areas. */
  partnerOfferings: readonly OfferingNode[] | undefined;
}

const MIN_FOCUS_ZOOM = 11;

/** Moves the map to a new selection; refetched data with the same selection leaves it alone. */
export function SelectionFocus({
  selectionKey,
  school,
  partner,
  partnerOfferings,
}: SelectionFocusProps) {
  const map = useMap();

  useEffect(
    function focusSelection() {
      if (selectionKey === null) return;
      const animate = !prefersReducedMotion();
      if (school) {
        const zoom = Math.max(map.getZoom(), MIN_FOCUS_ZOOM);
        map.setView([school.location.lat, school.location.lng], zoom, { animate });
      } else if (partner) {
        const bounds = partnerBounds(partner, partnerOfferings ?? []);
        if (bounds) map.fitBounds(bounds, { padding: [30, 30], maxZoom: 13, animate });
      }
    },
    // Only a change of selection moves the map (not a new object for the same item), and the
    // arrival of the opened partner's offerings.
    [selectionKey, map, partnerOfferings !== undefined],
  );

  return null;
}
