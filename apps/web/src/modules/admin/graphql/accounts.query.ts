import { graphql } from '../../../generated/gql';

export const ACCOUNTS_QUERY = graphql(`
  query Accounts($role: Role, $search: String) {
    accounts(role: $role, search: $search) {
      id
      email
      role
      organisationId
      organisationName
      schoolCodes
      municipalityCodes
      createdAt
    }
  }
`);
