import { graphql } from '../../../generated/gql';

// Places for a typed address, postcode or town (PDOK Locatieserver, or municipality centres).
export const GEOCODE_QUERY = graphql(`
  query Geocode($query: String!) {
    geocode(query: $query) {
      geocoderAvailable
      places {
        label
        kind
        location {
          lat
          lng
        }
        municipalityCode
      }
    }
  }
`);
