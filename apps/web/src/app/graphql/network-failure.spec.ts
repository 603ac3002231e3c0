import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { gql } from '@apollo/client';

import { errorMessage } from '../../shared/forms/server-errors';
import { createApolloClient } from '../apollo/apollo-client';
import { post } from './light-client';

// Both GraphQL clients mark a request that got no answer, so the pages say "no connection"
// for that and for nothing else.
const realFetch = globalThis.fetch;
afterEach(() => {
  globalThis.fetch = realFetch;
});

function fetchRejects(error: unknown) {
  globalThis.fetch = jest.fn(() => Promise.reject(error)) as unknown as typeof fetch;
}

async function apolloError(): Promise<unknown> {
  const client = createApolloClient();
  const result = await client
    .query({ query: gql('query Ping { viewer { email } }'), fetchPolicy: 'network-only' })
    .catch((error: unknown) => ({ error }));
  return result.error;
}

describe('a request that got no answer', () => {
  it('reads as no connection from the light client and from Apollo', async () => {
    fetchRejects(new TypeError('Load failed'));
    const light = await post('Ping', '{ __typename }', {}).catch((error: unknown) => error);
    expect(errorMessage(light, 'nl')).toContain('Geen verbinding met de server');
    expect(errorMessage(await apolloError(), 'en')).toContain('No connection to the server');
  });

  it('a TypeError thrown anywhere else is an unexpected error', () => {
    const bug = new TypeError("Cannot read properties of null (reading 'id')");
    expect(errorMessage(bug, 'nl')).toContain('Er ging onverwacht iets mis');
    expect(errorMessage(bug, 'en')).toContain('Something unexpected went wrong');
    expect(errorMessage(bug, 'en')).not.toContain('No connection');
  });
});
