import { graphql } from '../../../generated/gql';

export const CONTACT_REQUEST_UNREAD_COUNT_QUERY = graphql(`
  query ContactRequestUnreadCount {
    contactRequestUnreadCount
  }
`);

export const MARK_CONTACT_REQUEST_READ_MUTATION = graphql(`
  mutation MarkContactRequestRead($contactRequestId: ID!) {
    markContactRequestRead(contactRequestId: $contactRequestId) {
      ...ContactRequestFields
    }
  }
`);
