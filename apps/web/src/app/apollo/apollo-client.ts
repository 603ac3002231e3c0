import { ApolloClient, ApolloLink, HttpLink } from '@apollo/client';
import { tap } from 'rxjs';

import { invalidateQueries } from '../graphql/light-cache';
import { fetchOrFail } from '../graphql/network-failure';
import { createApolloCache } from './apollo-cache';
import { onApolloStoreReset } from './apollo-store-reset';
import { csrfToken } from './csrf-token';

// Adds the session's CSRF token (when signed in) so cookie-authenticated mutations are accepted.
const csrfLink = new ApolloLink((operation, forward) => {
  const token = csrfToken();
  if (token) {
    operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({
      headers: { ...headers, 'x-csrf-token': token },
    }));
  }
  return forward(operation);
});

// A change made on a page (Apollo) may alter what the header and the finder show (the light
// client, app/graphql): after every mutation their shown queries are asked again.
const lightQueriesLink = new ApolloLink((operation, forward) =>
  operation.operationType === 'mutation'
    ? forward(operation).pipe(tap({ complete: invalidateQueries }))
    : forward(operation),
);

// Same origin: the API serves this client and GraphQL (Vite proxies /graphql in development).
export function createApolloClient(): ApolloClient {
  const client = new ApolloClient({
    link: ApolloLink.from([
      lightQueriesLink,
      csrfLink,
      new HttpLink({ uri: '/graphql', credentials: 'same-origin', fetch: fetchOrFail }),
    ]),
    cache: createApolloCache(),
  });
  onApolloStoreReset(() => client.clearStore());
  return client;
}
