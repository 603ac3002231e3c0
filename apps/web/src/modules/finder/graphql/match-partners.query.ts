import { graphql } from '../../../generated/gql';

export const MATCH_PARTNERS_QUERY = graphql(`
  query FinderMatchPartners($input: MatchPartnersInput!) {
    matchPartners(input: $input) {
      municipalityCode
      totalMatches
      languages
      matches {
        offeringId
        score
        needsMet
        reasons {
          code
          text
          params
        }
        distanceKm
        matchedArea {
          areaId
          kind
          label
        }
        full
        isStale
        offering {
          ...FinderOffering
        }
        organisation {
          ...FinderOrganisation
        }
      }
      bundle {
        offeringIds
        needsCovered
      }
      uncoveredNeeds
      uncoveredText
    }
  }
`);
