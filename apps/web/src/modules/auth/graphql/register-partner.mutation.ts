import { graphql } from '../../../generated/gql';

// The answer is the same for every address: the rest goes by mail (confirm-registration).
export const REGISTER_PARTNER_MUTATION = graphql(`
  mutation RegisterPartner($input: RegisterPartnerInput!) {
    registerPartner(input: $input) {
      message
      validHours
    }
  }
`);
