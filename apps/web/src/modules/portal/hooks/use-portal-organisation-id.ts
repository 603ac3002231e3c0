import { useRouter } from '../../../app/routing/use-router';
import { useSession } from '../../../shared/session/hooks/use-session';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type PortalAccess =
  | { kind: 'loading' }
  | { kind: 'signedOut' }
  | { kind: 'wrongRole' }
  | { kind: 'adminChoose' }
  | { kind: 'organisation'; organisationId: string; admin: boolean };

/**
 * Whose portal to show: a partner editor sees their own organisation (whatever the URL says);
 * an admin the one in ?organisatie=<id>. The server checks again on every call.
 */
export function usePortalAccess(): PortalAccess {
  const { viewer, loading } = useSession();
  const { search } = useRouter();
  if (loading) return { kind: 'loading' };
  if (!viewer) return { kind: 'signedOut' };
  if (viewer.role === 'PARTNER_EDITOR' && viewer.organisationId) {
    return { kind: 'organisation', organisationId: viewer.organisationId, admin: false };
  }
  if (viewer.role === 'ADMIN') {
    const chosen = new URLSearchParams(search).get('organisatie')?.trim() ?? '';
    return UUID.test(chosen)
      ? { kind: 'organisation', organisationId: chosen.toLowerCase(), admin: true }
      : { kind: 'adminChoose' };
  }
  return { kind: 'wrongRole' };
}
