import { graphql } from '../../../generated/gql';

// The profile as the school's editor reads it; saving answers with the same fields.
export const SCHOOL_NEEDS_PROFILE_FIELDS = graphql(`
  fragment SchoolNeedsProfileFields on SchoolNeedsProfile {
    vestigingscode
    schoolYear
    visibleToPartners
    updatedAt
    items {
      interventionCode
      priority
      groups
      note
    }
  }
`);

export const SCHOOL_NEEDS_PROFILE_QUERY = graphql(`
  query SchoolNeedsProfileForEditing($vestigingscode: String!, $schoolYear: String) {
    school(vestigingscode: $vestigingscode) {
      vestigingscode
      schoolType
    }
    schoolNeedsProfile(vestigingscode: $vestigingscode, schoolYear: $schoolYear) {
      ...SchoolNeedsProfileFields
    }
  }
`);

export const SET_SCHOOL_NEEDS_PROFILE_MUTATION = graphql(`
  mutation SetSchoolNeedsProfile($input: SetSchoolNeedsProfileInput!) {
    setSchoolNeedsProfile(input: $input) {
      ...SchoolNeedsProfileFields
    }
  }
`);
