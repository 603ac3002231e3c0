import { graphql } from '../../../generated/gql';

export const SCHOOL_CONTACT_REQUESTS_QUERY = graphql(`
  query SchoolContactRequests($vestigingscode: String!) {
    school(vestigingscode: $vestigingscode) {
      vestigingscode
      name
      city
    }
    schoolContactRequests(vestigingscode: $vestigingscode) {
      ...ContactRequestFields
    }
    schoolContactRequestsTotal(vestigingscode: $vestigingscode)
  }
`);
