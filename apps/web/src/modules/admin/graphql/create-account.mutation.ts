import { graphql } from '../../../generated/gql';

export const CREATE_ACCOUNT_MUTATION = graphql(`
  mutation CreateAccount($input: CreateAccountInput!) {
    createAccount(input: $input) {
      id
      email
      role
    }
  }
`);
