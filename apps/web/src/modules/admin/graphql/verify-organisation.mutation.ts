import { graphql } from '../../../generated/gql';

export const VERIFY_ORGANISATION_MUTATION = graphql(`
  mutation VerifyOrganisation($organisationId: ID!) {
    verifyOrganisation(organisationId: $organisationId) {
      ...OrganisationVerification
    }
  }
`);
