import { graphql } from '../../../generated/gql';

// The list asks for what it shows of each partner; its offerings and coverage (with drawn
// areas of up to thousands of corners) are fetched for the one partner opened
// (MAP_PARTNER_QUERY): a page of 200 partners with all their areas is refused as too costly.
export const ORGANISATIONS_QUERY = graphql(`
  query Organisations($first: Int!, $search: String) {
    organisations(first: $first, search: $search) {
      totalCount
      nodes {
        id
        name
        type
        city
        status
        location {
          lat
          lng
        }
        interventionTypes {
          code
          labelNl
          labelEn
        }
      }
    }
  }
`);

export const MAP_PARTNER_QUERY = graphql(`
  query MapPartner($id: ID!) {
    organisation(id: $id) {
      id
      offerings {
        id
        title
        interventionTypes {
          code
          labelNl
          labelEn
        }
        sectors
        groep {
          min
          max
        }
        cost {
          type
          amountEur
        }
        coverage {
          ...CoverageAreaShape
        }
      }
    }
  }
`);
