import { useDocumentTitle } from '../../../app/hooks/use-document-title';
import { useT } from '../../../app/i18n/use-t';
import { AppLink } from '../../../app/routing/AppLink';
import { useRouter } from '../../../app/routing/use-router';
import { useSession } from '../../../shared/session/hooks/use-session';
import { homeOf } from '../utils/role-home';
import { safeReturnPath } from '../../../shared/forms/server-errors';
import { UnlessSignedIn } from './AlreadySignedIn';
import { LoginForm } from './LoginForm';
import '../../../shared/account.css';

/** /inloggen[?terug=/pad] — after logging in: back to where the visitor came from, or their home. */
export function LoginPage() {
  const t = useT();
  const { login } = useSession();
  const { search, navigate } = useRouter();
  useDocumentTitle(t.auth.login.pageTitle);
  const back = safeReturnPath(new URLSearchParams(search).get('terug'));

  return (
    <div className="page account-page">
      <h1>{t.auth.login.heading}</h1>
      <UnlessSignedIn
        message={t.auth.login.alreadySignedIn}
        onwards={(viewer) => back ?? homeOf(viewer)}
      >
        <p>{t.auth.login.intro}</p>
        <LoginForm
          onSubmit={async (email, password) => {
            const signedIn = await login(email, password);
            navigate(back ?? homeOf(signedIn));
          }}
        />
        <p className="account-page__aside">
          {t.auth.login.noAccount} <AppLink href="/aanmelden">{t.auth.login.registerLink}</AppLink>
        </p>
      </UnlessSignedIn>
    </div>
  );
}
