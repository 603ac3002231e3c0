import { graphql } from '../../../generated/gql';

// What every page that names a school shows of it (finder, map, school page); each feature
// spreads `...SchoolSummary` and adds its own fields next to it. School is normalised by
// `vestigingscode` (apps/web/src/app/apollo), which this selection keeps.
export const SCHOOL_SUMMARY_FRAGMENT = graphql(`
  fragment SchoolSummary on School {
    vestigingscode
    name
    sector
    schoolType
    address
    postcode
    city
    municipality {
      code
      name
    }
  }
`);
