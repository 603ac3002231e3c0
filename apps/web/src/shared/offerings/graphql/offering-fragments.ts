import { graphql } from '../../../generated/gql';

// What the finder and the portal both show of an offering; the portal adds the fields it edits
// (`organisationId`, `fundingRouteCodes`, `status`, `isStale`) next to `...OfferingFields`.
export const OFFERING_FIELDS_FRAGMENT = graphql(`
  fragment OfferingFields on Offering {
    id
    title
    description
    interventionCodes
    sectors
    targetGroups
    groep {
      min
      max
    }
    age {
      min
      max
    }
    deliveryModes
    cost {
      type
      amountEur
      note
    }
    fundingRoutes
    evidence {
      register
      level
      source
    }
    capacityPerYear
    languages
    lastConfirmedAt
  }
`);

// What it takes to draw a coverage area on a map (finder, portal, municipality view); the
// portal and the municipality view add the labels they show next to `...CoverageAreaShape`.
export const COVERAGE_AREA_SHAPE_FRAGMENT = graphql(`
  fragment CoverageAreaShape on CoverageArea {
    id
    kind
    municipalityCode
    provinceCode
    center {
      lat
      lng
    }
    radiusKm
    geometry
  }
`);
