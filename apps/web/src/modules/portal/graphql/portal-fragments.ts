import { graphql } from '../../../generated/gql';

// What the portal shows and edits of an organisation and of an offering (all model fields).
export const PORTAL_ORGANISATION_FRAGMENT = graphql(`
  fragment PortalOrganisation on Organisation {
    id
    name
    type
    kvkNumber
    description
    website
    email
    phone
    address
    city
    location {
      lat
      lng
    }
    status
    verifiedAt
    lastConfirmedAt
    isStale
  }
`);

export const PORTAL_COVERAGE_FRAGMENT = graphql(`
  fragment PortalCoverageArea on CoverageArea {
    id
    kind
    municipalityCode
    provinceCode
    regionName
    center {
      lat
      lng
    }
    radiusKm
    centerLabel
    geometry
    note
  }
`);

export const PORTAL_OFFERING_FRAGMENT = graphql(`
  fragment PortalOffering on Offering {
    id
    organisationId
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
    fundingRouteCodes
    evidence {
      register
      level
      source
    }
    capacityPerYear
    languages
    status
    lastConfirmedAt
    isStale
    coverage {
      ...PortalCoverageArea
    }
  }
`);
