import { graphql } from '../../../generated/gql';

export const SCHOOLS_QUERY = graphql(`
  query Schools($first: Int!, $search: String) {
    schools(first: $first, search: $search) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        vestigingscode
        name
        sector
        schoolType
        address
        postcode
        city
        municipalityCode
        location {
          lat
          lng
        }
        municipality {
          code
          name
        }
      }
    }
  }
`);
