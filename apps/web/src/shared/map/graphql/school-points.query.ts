import { graphql } from '../../../generated/gql';

export const SCHOOL_POINTS_QUERY = graphql(`
  query SchoolPoints {
    schoolPoints {
      count
      vestigingscodes
      names
      sectors
      coordinates
    }
  }
`);
