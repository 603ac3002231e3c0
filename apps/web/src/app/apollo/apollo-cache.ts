import { InMemoryCache } from '@apollo/client';

/**
 * The app's Apollo cache: how it tells one object from another. Component tests give their
 * MockedProvider this cache too, so two queries that read the same school share it as the app
 * does (without the key policies each query would overwrite the other's school and ask again).
 */
export function createApolloCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      // Types whose identity is not called `id` in the schema.
      School: { keyFields: ['vestigingscode'] },
      Municipality: { keyFields: ['code'] },
      Province: { keyFields: ['code'] },
      InterventionType: { keyFields: ['code'] },
      // The operator has no id; one viewer per browser session.
      Viewer: { keyFields: [] },
    },
  });
}
