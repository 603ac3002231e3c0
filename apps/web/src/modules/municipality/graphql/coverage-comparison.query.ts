import { graphql } from '../../../generated/gql';

export const COVERAGE_COMPARISON_QUERY = graphql(`
  query CoverageComparison($provinceCode: String!, $sector: SchoolSector) {
    province: coverageSummary(level: PROVINCE, provinceCode: $provinceCode, sector: $sector) {
      provinceCode
      totals {
        interventionType
        schools
        schoolsWithLocal
        share
      }
    }
    national: coverageSummary(level: NATIONAL, sector: $sector) {
      totals {
        interventionType
        schools
        schoolsWithLocal
        share
      }
    }
  }
`);
