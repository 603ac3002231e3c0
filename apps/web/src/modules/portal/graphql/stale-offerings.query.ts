import { graphql } from '../../../generated/gql';

export const STALE_OFFERINGS_QUERY = graphql(`
  query StaleOfferings {
    staleOfferings {
      id
      title
      status
      lastConfirmedAt
      organisation {
        id
        name
        email
        status
      }
    }
  }
`);
