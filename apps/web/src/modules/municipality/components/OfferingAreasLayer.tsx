import { useMemo } from 'react';
import type { PathOptions } from 'leaflet';
import { Pane } from 'react-leaflet';

import { CoverageLayer } from '../../../shared/map/components/CoverageLayer';
import { distinctShapes, isDrawn, type LocalOffering } from '../utils/offering-areas';

// The marked offering: solid, thick and purple, apart from the dashed orange of all areas.
export const MARKED_STYLE: PathOptions = {
  color: '#4a1486',
  weight: 4,
  fillColor: '#807dba',
  fillOpacity: 0.2,
};

/**
 * The coverage areas of the offerings present, drawn with the finder's CoverageLayer in a pane
 * below the schools, so the school markers stay on top and clickable.
 */
export function OfferingAreasLayer({
  offerings,
  marked,
}: {
  offerings: readonly LocalOffering[];
  marked: LocalOffering | undefined;
}) {
  const shapes = useMemo(() => distinctShapes(offerings), [offerings]);
  return (
    <Pane name="werkgebieden" style={{ zIndex: 350 }}>
      <CoverageLayer offering={{ coverage: shapes }} partnerLocation={null} />
      {marked && (
        <CoverageLayer
          key={marked.offeringId}
          offering={{ coverage: marked.areas.filter(isDrawn) }}
          partnerLocation={null}
          style={MARKED_STYLE}
        />
      )}
    </Pane>
  );
}
