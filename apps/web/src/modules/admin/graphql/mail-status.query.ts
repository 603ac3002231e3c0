import { graphql } from '../../../generated/gql';

export const MAIL_STATUS_QUERY = graphql(`
  query MailStatus {
    mailStatus {
      transport
      description
      pending
      failed
      lastError
      lastSentAt
      recentProblems {
        id
        recipient
        subject
        attempts
        lastError
        givenUp
        createdAt
      }
    }
  }
`);
