import type { ReactNode } from 'react';

import { useT } from '../../../app/i18n/use-t';
import { AppLink } from '../../../app/routing/AppLink';
import { useSession } from '../../../shared/session/hooks/use-session';
import type { Viewer } from '../../../shared/session/session-context';
import { homeOf } from '../utils/role-home';

/** In place of the login or sign-up form for a visitor who is signed in: as whom, and onwards. */
export function AlreadySignedIn({ message, href }: { message: string; href: string }) {
  const t = useT();
  return (
    <div className="notice" role="status">
      <p>{message}</p>
      <AppLink href={href} className="button button--primary">
        {t.auth.login.continue}
      </AppLink>
    </div>
  );
}

interface UnlessSignedInProps {
  /** As whom the visitor is signed in, from their email address. */
  message: (email: string) => string;
  /** Where "Doorgaan" leads; by default the viewer's home. */
  onwards?: (viewer: Viewer) => string;
  /** The login or sign-up form, for a visitor who is not signed in. */
  children: ReactNode;
}

/** The login or sign-up form, or for a visitor who is signed in the AlreadySignedIn notice. */
export function UnlessSignedIn({ message, onwards = homeOf, children }: UnlessSignedInProps) {
  const { viewer } = useSession();
  if (!viewer) return children;
  return <AlreadySignedIn message={message(viewer.email)} href={onwards(viewer)} />;
}
