import { graphql } from '../../../generated/gql';

export const OFFERING_DEMAND_QUERY = graphql(`
  query PortalOfferingDemand($offeringId: ID!, $first: Int) {
    offeringDemand(offeringId: $offeringId, first: $first) {
      offeringId
      schoolYear
      nearKm
      schoolsInArea
      schoolsNearby
      schools {
        vestigingscode
        name
        city
        inArea
        distanceKm
        unmetNeed
        needs {
          interventionCode
          need
          unmet
          met
          source
          priority
        }
      }
    }
  }
`);
