import { graphql } from '../../../generated/gql';

export const CONTACT_REQUEST_BY_ANSWER_LINK_QUERY = graphql(`
  query ContactRequestByAnswerLink($token: String!) {
    contactRequestByAnswerLink(token: $token) {
      ...ContactRequestFields
    }
  }
`);

export const ANSWER_CONTACT_REQUEST_BY_LINK_MUTATION = graphql(`
  mutation AnswerContactRequestByLink(
    $token: String!
    $status: ContactRequestStatus!
    $reason: String
    $expectedStatus: ContactRequestStatus
  ) {
    answerContactRequestByLink(
      token: $token
      status: $status
      reason: $reason
      expectedStatus: $expectedStatus
    ) {
      ...ContactRequestFields
      alreadyAnswered
    }
  }
`);

export const CONTACT_REQUEST_STATUS_BY_LINK_QUERY = graphql(`
  query ContactRequestStatusByLink($token: String!) {
    contactRequestStatusByLink(token: $token) {
      reference
      status
      statusReason
      schoolName
      offeringTitle
      organisationName
      createdAt
      updatedAt
      linkExpiresAt
      collaboration {
        title
        status
        startsOn
        endsOn
      }
    }
  }
`);
