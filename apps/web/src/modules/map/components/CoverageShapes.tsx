import { Circle, GeoJSON } from 'react-leaflet';

import type { OrganisationNode } from '../hooks/use-organisations';
import { isAreaGeometry } from '../../../shared/map/utils/geo';
import { COVERAGE_STYLE } from '../../../shared/map/utils/marker-styles';

/** The drawable coverage of one partner: radius circles and polygons. Others are text only. */
export function CoverageShapes({ organisation }: { organisation: OrganisationNode }) {
  return organisation.offerings.flatMap((offering) =>
    offering.coverage.map((area) => {
      const center = area.center ?? organisation.location;
      if (area.kind === 'RADIUS' && center && area.radiusKm) {
        return (
          <Circle
            key={area.id}
            center={[center.lat, center.lng]}
            radius={area.radiusKm * 1000}
            pathOptions={COVERAGE_STYLE}
            interactive={false}
          />
        );
      }
      if (area.kind === 'POLYGON' && isAreaGeometry(area.geometry)) {
        return (
          <GeoJSON key={area.id} data={area.geometry} style={COVERAGE_STYLE} interactive={false} />
        );
      }
      return null;
    }),
  );
}
