import type { ReactNode } from 'react';

import type { Role } from '../../../generated/graphql';
import { useT } from '../../../app/i18n/use-t';
import { AppLink } from '../../../app/routing/AppLink';
import { useRouter } from '../../../app/routing/use-router';
import { useSession } from '../hooks/use-session';
import type { Viewer } from '../session-context';
import '../../account.css';

interface RequireRoleProps {
  roles: Role[];
  children: (viewer: Viewer) => ReactNode;
}

/**
 * Shows its page only to the given roles. Anyone else gets a clear state instead of a failing
 * page: "log in" (with a way back here) or "no access". The API checks the same on every call.
 */
export function RequireRole({ roles, children }: RequireRoleProps) {
  const t = useT();
  const { viewer, loading } = useSession();
  const { path, search } = useRouter();

  if (loading) {
    return (
      <div className="page account-page">
        <p role="status">{t.auth.gate.loading}</p>
      </div>
    );
  }
  if (!viewer) {
    return (
      <div className="page account-page" data-testid="gate-login">
        <h1>{t.auth.gate.loginHeading}</h1>
        <p>{t.auth.gate.loginBody}</p>
        <AppLink
          href={`/inloggen?terug=${encodeURIComponent(path + search)}`}
          className="button button--primary"
        >
          {t.auth.gate.loginLink}
        </AppLink>
      </div>
    );
  }
  if (!roles.includes(viewer.role)) {
    return (
      <div className="page account-page" data-testid="gate-forbidden">
        <h1>{t.auth.gate.forbiddenHeading}</h1>
        <p>
          {t.auth.gate.forbiddenBody(
            roles.map((r) => t.auth.roles[r]).join(t.auth.gate.or),
            viewer.email,
            t.auth.roles[viewer.role],
          )}
        </p>
        <AppLink href="/">{t.auth.gate.home}</AppLink>
      </div>
    );
  }
  return <>{children(viewer)}</>;
}
