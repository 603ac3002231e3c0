import { graphql } from '../../../generated/gql';

export const PORTAL_ORGANISATION_QUERY = graphql(`
  query PortalOrganisation($id: ID!) {
    organisation(id: $id) {
      ...PortalOrganisation
    }
    editableOfferings(organisationId: $id) {
      ...PortalOffering
    }
  }
`);
