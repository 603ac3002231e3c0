import { useT } from '../../../app/i18n/use-t';
import { AppLink } from '../../../app/routing/AppLink';
import { useRouter } from '../../../app/routing/use-router';
import { UnreadCount } from '../../../shared/contact-requests/UnreadCount';
import { useSession } from '../../../shared/session/hooks/use-session';
import { roleLinks } from '../utils/role-home';
import '../../../shared/account.css';

/** In the header: who is signed in, the links for their role, and log in / log out. */
export function AccountMenu() {
  const t = useT();
  const { viewer, loading } = useSession();
  const { navigate } = useRouter();

  if (loading) return null;

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
              {/* Signing out is leaving the page: a page with unsaved work (the portal's forms)
                  holds it and asks first, as for any other link; /uitloggen ends the session
                  once the visitor goes on. */}
              <button
                type="button"
                className="account-menu__button"
                onClick={() => navigate('/uitloggen')}
              >
                {t.auth.menu.logout}
              </button>
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
