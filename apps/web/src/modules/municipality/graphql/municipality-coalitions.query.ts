import { graphql } from '../../../generated/gql';

export const MUNICIPALITY_COALITIONS_QUERY = graphql(`
  query MunicipalityCoalitions($code: String!) {
    municipalityCoalitions(code: $code) {
      municipalityCode
      records {
        ...CollaborationSummary
      }
      bySchool {
        vestigingscode
        schoolName
        partners
        collaborations {
          id
          organisationName
          offeringTitle
          status
          since
        }
      }
      byPartner {
        organisationId
        organisationName
        schools
        collaborations {
          id
          vestigingscode
          schoolName
          offeringTitle
          status
          since
        }
      }
    }
  }
`);
