import { graphql } from '../../../generated/gql';

export const REJECT_ORGANISATION_MUTATION = graphql(`
  mutation RejectOrganisation($organisationId: ID!, $reason: String!) {
    rejectOrganisation(organisationId: $organisationId, reason: $reason) {
      id
      name
      status
    }
  }
`);
