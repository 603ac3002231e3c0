import { graphql } from '../../../generated/gql';

// The needs profile a school shows to others: on the school page, and in the finder, which
// starts a search from its priorities and weights.
export const SCHOOL_NEEDS_DEFAULTS_FRAGMENT = graphql(`
  fragment SchoolNeedsDefaultsFields on SchoolNeedsDefaults {
    vestigingscode
    schoolYear
    published
    items {
      interventionCode
      priority
      weight
      groups
    }
  }
`);
