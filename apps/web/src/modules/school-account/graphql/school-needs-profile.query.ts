import { graphql } from '../../../generated/gql';

export const SCHOOL_NEEDS_PROFILE_QUERY = graphql(`
  query SchoolNeedsProfileForEditing($vestigingscode: String!, $schoolYear: String) {
    school(vestigingscode: $vestigingscode) {
      vestigingscode
      schoolType
    }
    schoolNeedsProfile(vestigingscode: $vestigingscode, schoolYear: $schoolYear) {
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
  }
`);

export const SET_SCHOOL_NEEDS_PROFILE_MUTATION = graphql(`
  mutation SetSchoolNeedsProfile($input: SetSchoolNeedsProfileInput!) {
    setSchoolNeedsProfile(input: $input) {
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
  }
`);
