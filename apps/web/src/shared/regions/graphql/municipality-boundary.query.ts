import { graphql } from '../../../generated/gql';

export const MUNICIPALITY_BOUNDARY_QUERY = graphql(`
  query FinderMunicipalityBoundary($code: String!) {
    municipality(code: $code) {
      code
      name
      boundary
    }
  }
`);
