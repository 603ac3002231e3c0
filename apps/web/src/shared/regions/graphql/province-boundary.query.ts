import { graphql } from '../../../generated/gql';

export const PROVINCE_BOUNDARY_QUERY = graphql(`
  query FinderProvinceBoundary($code: String!) {
    province(code: $code) {
      code
      name
      boundary
    }
  }
`);
