import { graphql } from '../../generated/gql';

export const MY_SAVED_SEARCHES_QUERY = graphql(`
  query MySavedSearches {
    mySavedSearches {
      id
      kind
      vestigingscode
      municipalityCode
      needs
      frequency
      description
      nextDigestAt
    }
  }
`);

export const SAVE_SEARCH_MUTATION = graphql(`
  mutation SaveSearch($input: SaveSearchInput!) {
    saveSearch(input: $input) {
      id
      description
      frequency
    }
  }
`);

export const SUBSCRIBE_MUNICIPALITY_ALERTS_MUTATION = graphql(`
  mutation SubscribeMunicipalityAlerts($input: SubscribeMunicipalityAlertsInput!) {
    subscribeMunicipalityAlerts(input: $input) {
      id
      description
      frequency
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
      description
      frequency
      unsubscribed
    }
  }
`);

export const UNSUBSCRIBE_SAVED_SEARCH_MUTATION = graphql(`
  mutation UnsubscribeSavedSearch($token: String!) {
    unsubscribeSavedSearch(token: $token) {
      description
      frequency
      unsubscribed
    }
  }
`);
