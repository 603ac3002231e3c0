import { graphql } from '../../../generated/gql';

export const SET_OFFERING_STATUS_MUTATION = graphql(`
  mutation PortalSetOfferingStatus($id: ID!, $status: OfferingStatus!) {
    setOfferingStatus(offeringId: $id, status: $status) {
      ...PortalOffering
    }
  }
`);
