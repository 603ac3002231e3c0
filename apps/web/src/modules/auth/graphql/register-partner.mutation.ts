import { graphql } from '../../../generated/gql';

export const REGISTER_PARTNER_MUTATION = graphql(`
  mutation RegisterPartner($input: RegisterPartnerInput!) {
    registerPartner(input: $input) {
      ...ViewerFields
    }
  }
`);
