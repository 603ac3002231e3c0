import { graphql } from '../../../generated/gql';

export const CREATE_OFFERING_MUTATION = graphql(`
  mutation PortalCreateOffering($input: CreateOfferingInput!) {
    createOffering(input: $input) {
      ...PortalOffering
    }
  }
`);
