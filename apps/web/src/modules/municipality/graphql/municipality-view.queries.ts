import { graphql } from '../../../generated/gql';

export const MUNICIPALITY_COVERAGE_QUERY = graphql(`
  query MunicipalityCoverage($code: String!, $sector: SchoolSector) {
    municipalityCoverage(code: $code, sector: $sector) {
      municipality {
        code
        name
        provinceCode
        province {
          code
          name
        }
        hasBoundary
        center {
          lat
          lng
        }
        boundary
      }
      sector
      interventionCodes
      schools {
        vestigingscode
        name
        sector
        schoolType
        location {
          lat
          lng
        }
        typesApplicable
        typesCovered
        typesCoveredLocally
        cells {
          interventionType
          offerings
          verified
          local
          status
        }
      }
      totals {
        interventionType
        gapSchools
        onlyNationalSchools
        localSchools
        notApplicableSchools
      }
    }
  }
`);

export const COVERAGE_CELL_QUERY = graphql(`
  query CoverageCell(
    $code: String!
    $vestigingscode: String!
    $interventionType: InterventionCode!
  ) {
    coverageCell(
      code: $code
      vestigingscode: $vestigingscode
      interventionType: $interventionType
    ) {
      offeringId
      matchedArea {
        kind
      }
      scoreParts {
        verified
      }
      offering {
        id
        title
      }
      organisation {
        id
        name
      }
    }
  }
`);
