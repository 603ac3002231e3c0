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
    rejectionReason
    verifiedAt
    lastConfirmedAt
    isStale
  }
`);

export const PORTAL_COVERAGE_FRAGMENT = graphql(`
  fragment PortalCoverageArea on CoverageArea {
    ...CoverageAreaShape
    regionName
    centerLabel
    areaLabel
    note
  }
`);

export const PORTAL_OFFERING_FRAGMENT = graphql(`
  fragment PortalOffering on Offering {
    ...OfferingFields
    organisationId
    fundingRouteCodes
    status
    isStale
    coverage {
      ...PortalCoverageArea
    }
  }
`);
