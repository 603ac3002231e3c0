import { graphql } from '../../../generated/gql';

export const CONFIRM_OFFERING_MUTATION = graphql(`
  mutation PortalConfirmOffering($id: ID!) {
    confirmOffering(offeringId: $id) {
      ...PortalOffering
    }
  }
`);
