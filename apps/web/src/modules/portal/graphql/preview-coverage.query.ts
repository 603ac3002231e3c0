import { graphql } from '../../../generated/gql';

// What the drawn areas would reach, before saving (same checks as saving; nothing is written).
export const PREVIEW_OFFERING_COVERAGE_QUERY = graphql(`
  query PreviewOfferingCoverage($input: SetOfferingCoverageInput!) {
    previewOfferingCoverage(input: $input) {
      schools
      municipalities
      municipalityCodes
      provinces
      schoolsInOverlap
      drawnAreaKm2
      shareOfSchools
      warnings
    }
  }
`);
