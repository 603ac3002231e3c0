import { useT } from '../../../app/i18n/use-t';
import { AppLink } from '../../../app/routing/AppLink';

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
