import { graphql } from '../../../generated/gql';

// Municipalities by the start of their name, for the pickers that choose one (the municipality
// view) or add one to a coverage draft (the portal); the server pages them.
export const MUNICIPALITY_SEARCH_QUERY = graphql(`
  query MunicipalitySearch($search: String, $first: Int!) {
    municipalities(search: $search, first: $first) {
      nodes {
        code
        name
      }
    }
  }
`);
