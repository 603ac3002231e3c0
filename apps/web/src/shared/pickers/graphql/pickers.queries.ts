import { graphql } from '../../../generated/gql';

// Lookups by name for pickers: a few suggestions per typed text, and one name for an id that
// came without one (a link or the viewer's own school or organisation). Both read the same
// fields, from which a picker option is made.
export const PICKER_ORGANISATION_FRAGMENT = graphql(`
  fragment PickerOrganisation on Organisation {
    id
    name
    city
  }
`);

export const PICKER_SCHOOL_FRAGMENT = graphql(`
  fragment PickerSchool on School {
    vestigingscode
    name
    city
  }
`);

export const PICK_ORGANISATIONS_QUERY = graphql(`
  query PickOrganisations($search: String!, $first: Int!) {
    organisations(search: $search, first: $first) {
      nodes {
        ...PickerOrganisation
      }
    }
  }
`);

export const PICK_SCHOOLS_QUERY = graphql(`
  query PickSchools($search: String!, $first: Int!) {
    schools(search: $search, first: $first) {
      nodes {
        ...PickerSchool
      }
    }
  }
`);

export const ORGANISATION_NAME_QUERY = graphql(`
  query PickedOrganisationName($id: ID!) {
    organisation(id: $id) {
      ...PickerOrganisation
    }
  }
`);

export const SCHOOL_NAME_QUERY = graphql(`
  query PickedSchoolName($code: String!) {
    school(vestigingscode: $code) {
      ...PickerSchool
    }
  }
`);
