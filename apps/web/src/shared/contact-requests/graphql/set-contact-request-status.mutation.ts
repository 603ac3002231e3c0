import { graphql } from '../../../generated/gql';

export const SET_CONTACT_REQUEST_STATUS_MUTATION = graphql(`
  mutation SetContactRequestStatus(
    $contactRequestId: ID!
    $status: ContactRequestStatus!
    $reason: String
    $expectedStatus: ContactRequestStatus
  ) {
    setContactRequestStatus(
      contactRequestId: $contactRequestId
      status: $status
      reason: $reason
      expectedStatus: $expectedStatus
    ) {
      ...ContactRequestFields
      alreadyAnswered
    }
  }
`);
