import { graphql } from '../../../generated/gql';

export const VIEWER_FIELDS = graphql(`
  fragment ViewerFields on Viewer {
    id
    email
    role
    organisationId
    schoolCodes
    municipalityCodes
    csrfToken
  }
`);

export const ME_QUERY = graphql(`
  query Me {
    me {
      ...ViewerFields
    }
  }
`);

export const LOGIN_MUTATION = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      ...ViewerFields
    }
  }
`);

export const LOGOUT_MUTATION = graphql(`
  mutation Logout {
    logout
  }
`);
