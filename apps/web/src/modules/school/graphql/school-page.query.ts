import { graphql } from '../../../generated/gql';

export const SCHOOL_PAGE_QUERY = graphql(`
  query SchoolPage($vestigingscode: String!) {
    school(vestigingscode: $vestigingscode) {
      ...SchoolSummary
      pupils
      website
      isDemo
      indicators {
        schoolweging {
          ...SchoolPageIndicator
        }
        achterstandsscore {
          ...SchoolPageIndicator
        }
      }
    }
    schoolNeedsDefaults(vestigingscode: $vestigingscode) {
      ...SchoolNeedsDefaultsFields
    }
  }

  fragment SchoolPageIndicator on SchoolIndicator {
    kind
    period
    isAverage
    value
    spread
    valueWithoutThreshold
    pupils
    unreliable
    joinMethod
    sourcePublisher
    sourceFile
  }
`);
