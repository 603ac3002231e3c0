import { graphql } from '../../../generated/gql';

// What the finder shows of a school, an offering and its organisation (list, detail, map).
export const FINDER_SCHOOL_FRAGMENT = graphql(`
  fragment FinderSchool on School {
    vestigingscode
    name
    sector
    schoolType
    address
    postcode
    city
    location {
      lat
      lng
    }
    municipality {
      code
      name
    }
  }
`);

export const FINDER_OFFERING_FRAGMENT = graphql(`
  fragment FinderOffering on Offering {
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
    coverage {
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
  }
`);

export const FINDER_ORGANISATION_FRAGMENT = graphql(`
  fragment FinderOrganisation on Organisation {
    id
    name
    type
    status
    verifiedAt
    lastConfirmedAt
    website
    email
    phone
    city
    location {
      lat
      lng
    }
    description
  }
`);
