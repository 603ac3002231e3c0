import { graphql } from '../../../generated/gql';

export const PENDING_ORGANISATIONS_QUERY = graphql(`
  query PendingOrganisations {
    pendingOrganisations {
      id
      name
      kvkNumber
      city
      email
      phone
      accountEmails
      website
      updatedAt
    }
  }
`);
