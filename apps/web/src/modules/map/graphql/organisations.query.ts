import { graphql } from '../../../generated/gql';

export const ORGANISATIONS_QUERY = graphql(`
  query Organisations($first: Int!, $search: String) {
    organisations(first: $first, search: $search) {
      totalCount
      nodes {
        id
        name
        type
        city
        status
        location {
          lat
          lng
        }
        offerings {
          id
          title
          interventionCodes
          interventionTypes {
            code
            labelNl
            labelEn
          }
          sectors
          groep {
            min
            max
          }
          cost {
            type
            amountEur
          }
          coverage {
            id
            kind
            municipalityCode
            provinceCode
            radiusKm
            center {
              lat
              lng
            }
            geometry
          }
        }
      }
    }
  }
`);
