import { graphql } from '../../../generated/gql';

// For a shared link to an offering that is not (or no longer) among the current matches.
export const OFFERING_DETAIL_QUERY = graphql(`
  query FinderOfferingDetail($id: ID!) {
    offering(id: $id) {
      ...FinderOffering
      organisation {
        ...FinderOrganisation
      }
    }
  }
`);
