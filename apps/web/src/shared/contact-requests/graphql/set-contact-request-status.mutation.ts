import { graphql } from '../../../generated/gql';

export const SET_CONTACT_REQUEST_STATUS_MUTATION = graphql(`
  mutation SetContactRequestStatus(
    $contactRequestId: ID!
    $status: ContactRequestStatus!
    $reason: String
  ) {
    setContactRequestStatus(contactRequestId: $contactRequestId, status: $status, reason: $reason) {
      ...ContactRequestFields
    }
  }
`);
