import { graphql } from '../../../generated/gql';

// What the finder shows of a school, an offering and its organisation (list, detail, map).
export const FINDER_SCHOOL_FRAGMENT = graphql(`
  fragment FinderSchool on School {
    ...SchoolSummary
    location {
      lat
      lng
    }
  }
`);

export const FINDER_OFFERING_FRAGMENT = graphql(`
  fragment FinderOffering on Offering {
    ...OfferingFields
  }
`);

// The coverage of the one offering the finder shows (opened, or hovered on the map): a list
// of 100 matches with up to 200 areas each, polygons included, would cost too much to ask.
export const FINDER_OFFERING_COVERAGE_QUERY = graphql(`
  query FinderOfferingCoverage($id: ID!) {
    offering(id: $id) {
      id
      coverage {
        ...CoverageAreaShape
      }
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
