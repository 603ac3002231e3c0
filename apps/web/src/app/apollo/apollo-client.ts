import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

// Same origin: the API serves this client and GraphQL (Vite proxies /graphql in development).
export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri: '/graphql' }),
    cache: new InMemoryCache({
      typePolicies: {
        // Types whose identity is not called `id` in the schema.
        School: { keyFields: ['vestigingscode'] },
        Municipality: { keyFields: ['code'] },
        Province: { keyFields: ['code'] },
        InterventionType: { keyFields: ['code'] },
      },
    }),
  });
}
