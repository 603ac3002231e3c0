import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';

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

// Same origin: the API serves this client and GraphQL (Vite proxies /graphql in development).
export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.from([
      csrfLink,
      new HttpLink({ uri: '/graphql', credentials: 'same-origin' }),
    ]),
    cache: new InMemoryCache({
      typePolicies: {
        // Types whose identity is not called `id` in the schema.
        School: { keyFields: ['vestigingscode'] },
        Municipality: { keyFields: ['code'] },
        Province: { keyFields: ['code'] },
        InterventionType: { keyFields: ['code'] },
        // The operator has no id; one viewer per browser session.
        Viewer: { keyFields: [] },
      },
    }),
  });
}
