import type { OfferingNode, OrganisationNode } from '../hooks/use-organisations';
import { AreaShape } from '../../../shared/map/components/CoverageLayer';
import { COVERAGE_STYLE } from '../../../shared/map/utils/marker-styles';

interface CoverageShapesProps {
  organisation: OrganisationNode;
  offerings: readonly OfferingNode[];
}

/** The drawable coverage of one partner: radius circles and polygons. Others are text only. */
export function CoverageShapes({ organisation, offerings }: CoverageShapesProps) {
  return offerings.flatMap((offering) =>
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
