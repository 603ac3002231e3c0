import { graphql } from '../../../generated/gql';

// The searchable list of the coverage editor: municipalities by the start of their name
// (the server pages them); provinces are few and filtered in the browser.
export const PORTAL_MUNICIPALITY_SEARCH_QUERY = graphql(`
  query PortalMunicipalitySearch($search: String) {
    municipalities(search: $search, first: 20) {
      nodes {
        code
        name
        provinceCode
      }
    }
  }
`);

export const PORTAL_PROVINCES_QUERY = graphql(`
  query PortalProvinces {
    provinces {
      code
      name
    }
  }
`);
