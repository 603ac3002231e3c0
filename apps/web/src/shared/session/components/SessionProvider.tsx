import { useCallback, useMemo, type ReactNode } from 'react';

import { resetApolloStore } from '../../../app/apollo/apollo-store-reset';
import { setCsrfToken } from '../../../app/apollo/csrf-token';
import { invalidateQueries, writeQuery } from '../../../app/graphql/light-cache';
import { useMutation, useQuery } from '../../../app/graphql/use-query';
import { LOGIN_MUTATION, LOGOUT_MUTATION, ME_QUERY } from '../graphql/session.graphql';
import { SessionContext, type Session, type Viewer } from '../session-context';

// Holds who is signed in for the whole app and keeps the CSRF token for both GraphQL clients
// in step. It is part of the shell, so it uses the light client (app/graphql).
export function SessionProvider({ children }: { children: ReactNode }) {
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
      const signedIn = result.data.login;
      setCsrfToken(signedIn.csrfToken);
      writeQuery(ME_QUERY, {}, { me: signedIn });
      return signedIn;
    },
    [loginMutation],
  );

  const logout = useCallback(async () => {
    await logoutMutation();
    setCsrfToken(null);
    // What the signed-in viewer saw goes, in both clients.
    await resetApolloStore();
    writeQuery(ME_QUERY, {}, { me: null });
    invalidateQueries();
  }, [logoutMutation]);

  const session = useMemo<Session>(
    () => ({ viewer, loading: me.loading && !me.data, login, logout, refresh }),
    [viewer, me.loading, me.data, login, logout, refresh],
  );
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}
