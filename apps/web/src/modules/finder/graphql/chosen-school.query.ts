import { graphql } from '../../../generated/gql';

export const CHOSEN_SCHOOL_QUERY = graphql(`
  query FinderChosenSchool($vestigingscode: String!) {
    school(vestigingscode: $vestigingscode) {
      ...FinderSchool
    }
  }
`);
