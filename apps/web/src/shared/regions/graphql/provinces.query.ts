import { graphql } from '../../../generated/gql';

export const PROVINCES_QUERY = graphql(`
  query Provinces {
    provinces {
      code
      name
    }
  }
`);
