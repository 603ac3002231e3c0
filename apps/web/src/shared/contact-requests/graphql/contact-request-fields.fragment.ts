import { graphql } from '../../../generated/gql';

export const CONTACT_REQUEST_FIELDS = graphql(`
  fragment ContactRequestFields on ContactRequestDetail {
    id
    reference
    status
    statusReason
    vestigingscode
    schoolName
    offeringId
    offeringTitle
    organisationId
    organisationName
    senderName
    senderEmail
    message
    createdAt
    updatedAt
    readAt
  }
`);
