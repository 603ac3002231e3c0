import { graphql } from '../../../generated/gql';

export const ORGANISATION_OPTIONS_QUERY = graphql(`
  query OrganisationOptions($search: String) {
    organisations(search: $search, first: 50) {
      totalCount
      nodes {
        id
        name
        city
        status
      }
    }
  }
`);
