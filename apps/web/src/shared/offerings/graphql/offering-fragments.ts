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

// What it takes to place and label a coverage area without its drawn shape: lists of many
// offerings (finder matches, a municipality's offerings) ask for this only, and a map fetches a
// polygon's corners for the one offering it draws (OFFERING_POLYGONS_QUERY): one answer with
// the polygons of many partners would be refused as too costly.
export const COVERAGE_AREA_OUTLINE_FRAGMENT = graphql(`
  fragment CoverageAreaOutline on CoverageArea {
    id
    offeringId
    kind
    municipalityCode
    provinceCode
    center {
      lat
      lng
    }
    radiusKm
  }
`);

// What it takes to draw a coverage area on a map with its polygon (the portal and the map's one
// opened partner); the portal adds the labels it shows next to `...CoverageAreaShape`.
export const COVERAGE_AREA_SHAPE_FRAGMENT = graphql(`
  fragment CoverageAreaShape on CoverageArea {
    ...CoverageAreaOutline
    geometry
  }
`);
