import type { Session, Viewer } from '../session/session-context';

/**
 * A session for a component spec: the given account signed in (id u1, no municipalities unless given),
 * nothing loading, and no way to sign in again.
 */
export const signedIn = (
  viewer: Pick<Viewer, 'email' | 'role' | 'organisationId' | 'schoolCodes'> &
    Partial<Pick<Viewer, 'municipalityCodes'>>,
): Session => ({
  viewer: {
    id: 'u1',
    municipalityCodes: [],
    ...viewer,
    csrfToken: 't',
  },
  loading: false,
  login: () => Promise.reject(new Error('not here')),
  logout: () => Promise.resolve(),
  refresh: () => Promise.resolve(),
});
