import { graphql } from '../../../generated/gql';

export const MUNICIPALITY_OFFERING_AREAS_QUERY = graphql(`
  query MunicipalityOfferingAreas(
    $code: String!
    $sector: SchoolSector
    $interventionType: InterventionCode
  ) {
    municipalityOfferingAreas(code: $code, sector: $sector, interventionType: $interventionType) {
      municipalityCode
      sector
      interventionType
      totalCount
      nationalOnlyCount
      offerings {
        offeringId
        title
        organisationName
        verified
        schoolsReached
        alsoNational
        areas {
          ...CoverageAreaShape
          regionName
        }
      }
    }
  }
`);
