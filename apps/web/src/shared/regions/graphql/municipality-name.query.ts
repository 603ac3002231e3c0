import { graphql } from '../../../generated/gql';

export const MUNICIPALITY_NAME_QUERY = graphql(`
  query MunicipalityName($code: String!) {
    municipality(code: $code) {
      code
      name
    }
  }
`);
