import type { OrganisationNode } from '../hooks/use-organisations';
import { AreaShape } from '../../../shared/map/components/CoverageLayer';
import { COVERAGE_STYLE } from '../../../shared/map/utils/marker-styles';

/** The drawable coverage of one partner: radius circles and polygons. Others are text only. */
export function CoverageShapes({ organisation }: { organisation: OrganisationNode }) {
  return organisation.offerings.flatMap((offering) =>
    offering.coverage.map((area) => (
      <AreaShape
        key={area.id}
        area={area}
        partnerLocation={organisation.location}
        style={COVERAGE_STYLE}
      />
    )),
  );
}
