import { useState } from 'react';

import { useT } from '../../../app/i18n/use-t';
import { AppLink } from '../../../app/routing/AppLink';
import { useRouter } from '../../../app/routing/use-router';
import { UnreadCount } from '../../../shared/contact-requests/UnreadCount';
import { useSession } from '../../../shared/session/hooks/use-session';
import { roleLinks } from '../utils/role-home';
import '../../../shared/account.css';
import { BusyButton } from '../../../shared/forms/BusyButton';

/** In the header: who is signed in, the links for their role, and log in / log out. */
export function AccountMenu() {
  const t = useT();
  const { viewer, loading, logout } = useSession();
  const { navigate } = useRouter();
  const [busy, setBusy] = useState(false);

  if (loading) return null;

  async function logOut() {
    setBusy(true);
    try {
      await logout();
    } finally {
      setBusy(false);
      // Past the pages' guards: the session is gone, a held navigation would leave the
      // signed-out visitor on the page they can no longer use.
      navigate('/uitloggen', { force: true });
    }
  }

  return (
    <nav aria-label={t.auth.menu.label} className="account-menu" data-testid="account-menu">
      <ul>
        {viewer ? (
          <>
            <li className="account-menu__who" data-testid="signed-in-as">
              {t.auth.menu.signedInAs(viewer.email, t.auth.roles[viewer.role])}
            </li>
            {roleLinks(viewer, t).map((link) => (
              <li key={link.href}>
                <AppLink href={link.href}>
                  {link.label}
                  {link.href === '/portaal/inbox' && viewer.role === 'PARTNER_EDITOR' && (
                    <UnreadCount />
                  )}
                </AppLink>
              </li>
            ))}
            <li>
              <BusyButton
                type="button"
                className="account-menu__button"
                onClick={() => void logOut()}
                busy={busy}
              >
                {busy ? t.auth.menu.loggingOut : t.auth.menu.logout}
              </BusyButton>
            </li>
          </>
        ) : (
          <>
            <li>
              <AppLink href="/inloggen">{t.auth.menu.login}</AppLink>
            </li>
            <li>
              <AppLink href="/aanmelden">{t.auth.menu.register}</AppLink>
            </li>
          </>
        )}
      </ul>
    </nav>
  );
}
