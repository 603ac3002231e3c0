import { graphql } from '../../generated/gql';

// What the forms confirm after saving a search or subscribing to a municipality's alerts.
export const SAVED_SEARCH_CONFIRMATION_FRAGMENT = graphql(`
  fragment SavedSearchConfirmation on SavedSearch {
    id
    description
    frequency
  }
`);

// What the unsubscribe page shows of the search a mail's link names, before and after.
export const UNSUBSCRIBE_LINK_STATE_FRAGMENT = graphql(`
  fragment UnsubscribeLinkState on SavedSearchUnsubscribeLink {
    description
    frequency
    unsubscribed
  }
`);

export const MY_SAVED_SEARCHES_QUERY = graphql(`
  query MySavedSearches {
    mySavedSearches {
      id
      kind
      vestigingscode
      schoolName
      municipalityCode
      municipalityName
      needs
      groepMin
      groepMax
      targetGroups
      filters {
        deliveryModes
        costTypes
        verifiedOnly
        maxDistanceKm
        maxCostEur
        fundingRoutes
        languages
      }
      frequency
      description
      nextDigestAt
    }
  }
`);

export const SAVE_SEARCH_MUTATION = graphql(`
  mutation SaveSearch($input: SaveSearchInput!) {
    saveSearch(input: $input) {
      ...SavedSearchConfirmation
    }
  }
`);

export const SUBSCRIBE_MUNICIPALITY_ALERTS_MUTATION = graphql(`
  mutation SubscribeMunicipalityAlerts($input: SubscribeMunicipalityAlertsInput!) {
    subscribeMunicipalityAlerts(input: $input) {
      ...SavedSearchConfirmation
    }
  }
`);

export const DELETE_SAVED_SEARCH_MUTATION = graphql(`
  mutation DeleteSavedSearch($id: ID!) {
    deleteSavedSearch(id: $id)
  }
`);

export const SAVED_SEARCH_BY_UNSUBSCRIBE_LINK_QUERY = graphql(`
  query SavedSearchByUnsubscribeLink($token: String!) {
    savedSearchByUnsubscribeLink(token: $token) {
      ...UnsubscribeLinkState
    }
  }
`);

export const UNSUBSCRIBE_SAVED_SEARCH_MUTATION = graphql(`
  mutation UnsubscribeSavedSearch($token: String!) {
    unsubscribeSavedSearch(token: $token) {
      ...UnsubscribeLinkState
    }
  }
`);
