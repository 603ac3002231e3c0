import { graphql } from '../../../generated/gql';

export const REQUEST_CONTACT_MUTATION = graphql(`
  mutation RequestContact($input: RequestContactInput!) {
    requestContact(input: $input) {
      id
      reference
      status
      createdAt
      partnerMailed
      mailEnabled
    }
  }
`);
