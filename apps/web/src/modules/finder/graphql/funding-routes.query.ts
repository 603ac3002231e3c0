import { graphql } from '../../../generated/gql';

// The funding-route catalogue for the finder's funding filter: names in both languages and
// whether a route has ended (computed by the API from the catalogue's dates).
export const FINDER_FUNDING_ROUTES_QUERY = graphql(`
  query FinderFundingRoutes {
    fundingRoutes {
      code
      nl
      en
      validUntil
      oneOff
      ended
    }
  }
`);
