import { graphql } from '../../../generated/gql';

export const CONFIRM_REGISTRATION_MUTATION = graphql(`
  mutation ConfirmRegistration($token: String!) {
    confirmRegistration(token: $token) {
      ...ViewerFields
    }
  }
`);
