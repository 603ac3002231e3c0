import { graphql } from '../../../generated/gql';

export const OWN_ORGANISATION_QUERY = graphql(`
  query OwnOrganisation($id: ID!) {
    organisation(id: $id) {
      ...OrganisationVerification
    }
  }
`);
