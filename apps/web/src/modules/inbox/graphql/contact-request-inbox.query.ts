import { graphql } from '../../../generated/gql';

export const CONTACT_REQUEST_INBOX_QUERY = graphql(`
  query ContactRequestInbox($organisationId: ID!, $statuses: [ContactRequestStatus!]) {
    organisation(id: $organisationId) {
      id
      name
      status
    }
    contactRequestInbox(organisationId: $organisationId, statuses: $statuses) {
      ...ContactRequestFields
    }
    contactRequestInboxTotal(organisationId: $organisationId, statuses: $statuses)
  }
`);
