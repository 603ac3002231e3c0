import { graphql } from '../../../generated/gql';

// Forty offerings at most (the list says how many more there are): with up to 200 areas each,
// more would pass the cost limit. Polygons are fetched per offering by the map layer.
export const MUNICIPALITY_OFFERING_AREAS_QUERY = graphql(`
  query MunicipalityOfferingAreas(
    $code: String!
    $sector: SchoolSector
    $interventionType: InterventionCode
  ) {
    municipalityOfferingAreas(
      code: $code
      sector: $sector
      interventionType: $interventionType
      limit: 40
    ) {
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
          ...CoverageAreaOutline
          regionName
        }
      }
    }
  }
`);
