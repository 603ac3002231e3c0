import { graphql } from '../../../generated/gql';

export const UPDATE_OFFERING_MUTATION = graphql(`
  mutation PortalUpdateOffering($id: ID!, $input: OfferingFieldsInput!) {
    updateOffering(offeringId: $id, input: $input) {
      ...PortalOffering
    }
  }
`);
