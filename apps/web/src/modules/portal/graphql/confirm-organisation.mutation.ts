import { graphql } from '../../../generated/gql';

export const CONFIRM_ORGANISATION_MUTATION = graphql(`
  mutation PortalConfirmOrganisation($id: ID!) {
    confirmOrganisation(organisationId: $id) {
      ...PortalOrganisation
    }
  }
`);
