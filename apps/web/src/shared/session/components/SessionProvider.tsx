import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useCallback, useMemo, type ReactNode } from 'react';

import { setCsrfToken } from '../../../app/apollo/csrf-token';
import { LOGIN_MUTATION, LOGOUT_MUTATION, ME_QUERY } from '../graphql/session.graphql';
import { SessionContext, type Session, type Viewer } from '../session-context';

// Holds who is signed in for the whole app and keeps the CSRF token for the Apollo link in step.
export function SessionProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const me = useQuery(ME_QUERY, { fetchPolicy: 'cache-and-network' });
  const [loginMutation] = useMutation(LOGIN_MUTATION);
  const [logoutMutation] = useMutation(LOGOUT_MUTATION);
  const viewer: Viewer | null = me.data?.me ?? null;
  setCsrfToken(viewer?.csrfToken);

  const { refetch } = me;
  const refresh = useCallback(async () => {
    const result = await refetch();
    setCsrfToken(result.data?.me?.csrfToken);
  }, [refetch]);

  const login = useCallback(
    async (email: string, password: string) => {
      const result = await loginMutation({ variables: { email, password } });
      if (!result.data) throw new Error('login failed');
      const signedIn = result.data.login;
      setCsrfToken(signedIn.csrfToken);
      client.writeQuery({ query: ME_QUERY, data: { me: signedIn } });
      return signedIn;
    },
    [client, loginMutation],
  );

  const logout = useCallback(async () => {
    await logoutMutation();
    setCsrfToken(null);
    await client.clearStore();
    client.writeQuery({ query: ME_QUERY, data: { me: null } });
  }, [client, logoutMutation]);

  const session = useMemo<Session>(
    () => ({ viewer, loading: me.loading && !me.data, login, logout, refresh }),
    [viewer, me.loading, me.data, login, logout, refresh],
  );
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}
