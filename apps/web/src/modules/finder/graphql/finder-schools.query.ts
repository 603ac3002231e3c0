import { graphql } from '../../../generated/gql';

// Suggestions while typing, and the schools drawn on the map before one is chosen.
export const FINDER_SCHOOLS_QUERY = graphql(`
  query FinderSchools($search: String, $first: Int!) {
    schools(search: $search, first: $first) {
      totalCount
      nodes {
        ...FinderSchool
      }
    }
  }
`);
