import { graphql } from '../../../generated/gql';

export const SET_SCHOOL_INDICATOR_MUTATION = graphql(`
  mutation SetSchoolIndicator($input: SetSchoolIndicatorInput!) {
    setSchoolIndicator(input: $input) {
      vestigingscode
      kind
      period
      value
      joinMethod
    }
  }
`);
