import { graphql } from '../../../generated/gql';

export const SET_OFFERING_COVERAGE_MUTATION = graphql(`
  mutation PortalSetOfferingCoverage($input: SetOfferingCoverageInput!) {
    setOfferingCoverage(input: $input) {
      ...PortalOffering
    }
  }
`);
