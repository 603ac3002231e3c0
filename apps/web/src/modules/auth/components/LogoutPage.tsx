import { useEffect, useRef, useState } from 'react';

import { useDocumentTitle } from '../../../app/hooks/use-document-title';
import { useT } from '../../../app/i18n/use-t';
import { AppLink } from '../../../app/routing/AppLink';
import { useSession } from '../../../shared/session/hooks/use-session';
import '../../../shared/account.css';

/** /uitloggen — ends the session (if any) and says so. */
export function LogoutPage() {
  const t = useT();
  const { viewer, loading, logout } = useSession();
  const [state, setState] = useState<'busy' | 'done' | 'failed'>('busy');
  const started = useRef(false);
  useDocumentTitle(t.auth.logout.pageTitle);

  useEffect(
    function logOutOnce() {
      if (loading || started.current) return;
      started.current = true;
      if (!viewer) {
        setState('done');
        return;
      }
      logout().then(
        () => setState('done'),
        () => setState('failed'),
      );
    },
    [loading, viewer, logout],
  );

  return (
    <div className="page account-page">
      <h1>{t.auth.logout.heading}</h1>
      {state === 'busy' && <p role="status">{t.auth.logout.busy}</p>}
      {state === 'failed' && (
        <p className="notice notice--error" role="alert">
          {t.auth.logout.failed}
        </p>
      )}
      {state === 'done' && (
        <div className="notice notice--success" role="status" data-testid="logged-out">
          <p>{t.auth.logout.done}</p>
          <AppLink href="/inloggen">{t.auth.logout.again}</AppLink>
        </div>
      )}
    </div>
  );
}
