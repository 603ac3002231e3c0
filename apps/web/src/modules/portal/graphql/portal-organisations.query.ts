import { graphql } from '../../../generated/gql';

// For an admin choosing whose portal to open.
export const PORTAL_ORGANISATIONS_QUERY = graphql(`
  query PortalOrganisations($search: String) {
    organisations(search: $search, first: 20) {
      nodes {
        id
        name
        city
        status
      }
    }
  }
`);
