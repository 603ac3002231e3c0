import { graphql } from '../../../generated/gql';

export const SCHOOL_NEEDS_DEFAULTS_QUERY = graphql(`
  query SchoolNeedsDefaults($vestigingscode: String!) {
    schoolNeedsDefaults(vestigingscode: $vestigingscode) {
      ...SchoolNeedsDefaultsFields
    }
  }
`);
