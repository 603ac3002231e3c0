import { ApolloProvider } from '@apollo/client/react';
import type { ReactNode } from 'react';

import { createApolloClient } from './apollo-client';

// One Apollo Client for every page that uses it, created when the first such page loads.
let client: ReturnType<typeof createApolloClient> | null = null;

export function ApolloRoot({ children }: { children: ReactNode }) {
  client ??= createApolloClient();
  return <ApolloProvider client={client}>{children}</ApolloProvider>;
}
