import { graphql } from '../../../generated/gql';

export const RESUBMIT_ORGANISATION_MUTATION = graphql(`
  mutation PortalResubmitOrganisation($id: ID!) {
    resubmitOrganisation(organisationId: $id) {
      ...PortalOrganisation
    }
  }
`);
