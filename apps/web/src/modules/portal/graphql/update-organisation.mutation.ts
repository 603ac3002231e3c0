import { graphql } from '../../../generated/gql';

export const UPDATE_ORGANISATION_MUTATION = graphql(`
  mutation PortalUpdateOrganisation($id: ID!, $input: OrganisationProfileInput!) {
    updateOrganisation(organisationId: $id, input: $input) {
      ...PortalOrganisation
    }
  }
`);
