import { graphql } from '../../../generated/gql';

export const SCHOOLS_QUERY = graphql(`
  query Schools($first: Int!, $search: String) {
    schools(first: $first, search: $search) {
      totalCount
      nodes {
        ...SchoolSummary
        municipalityCode
        location {
          lat
          lng
        }
      }
    }
  }
`);
