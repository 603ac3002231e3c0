import { useMutation } from '@apollo/client/react';
import { useState } from 'react';

import { useDocumentTitle } from '../../../app/hooks/use-document-title';
import { useT } from '../../../app/i18n/use-t';
import { AppLink } from '../../../app/routing/AppLink';
import { useSession } from '../../../shared/session/hooks/use-session';
import { REGISTER_PARTNER_MUTATION } from '../graphql/register-partner.mutation';
import { homeOf } from '../utils/role-home';
import { RegisterForm } from './RegisterForm';
import { RegistrationDone } from './RegistrationDone';
import '../../../shared/account.css';

/** /aanmelden — a partner signs up; afterwards signed in, the organisation awaiting verification. */
export function RegisterPage() {
  const t = useT();
  const { viewer, refresh } = useSession();
  const [register] = useMutation(REGISTER_PARTNER_MUTATION);
  const [registered, setRegistered] = useState<{ organisationId: string } | null>(null);
  useDocumentTitle(t.auth.register.pageTitle);

  if (registered) {
    return (
      <div className="page account-page">
        <RegistrationDone organisationId={registered.organisationId} />
      </div>
    );
  }

  return (
    <div className="page account-page">
      <h1>{t.auth.register.heading}</h1>
      {viewer ? (
        <div className="notice" role="status">
          <p>{t.auth.register.alreadySignedIn(viewer.email)}</p>
          <AppLink href={homeOf(viewer)}>{t.auth.login.continue}</AppLink>
        </div>
      ) : (
        <>
          <p>{t.auth.register.intro}</p>
          <RegisterForm
            onSubmit={async (values) => {
              const result = await register({
                variables: {
                  input: {
                    organisationName: values.organisationName,
                    kvkNumber: values.kvkNumber,
                    city: values.city || null,
                    phone: values.phone || null,
                    email: values.email,
                    password: values.password,
                  },
                },
              });
              const organisationId = result.data?.registerPartner.organisationId;
              if (!organisationId) throw new Error(t.auth.form.failed);
              setRegistered({ organisationId });
              // The API signed the partner in (cookie); read the session and its CSRF token.
              await refresh();
            }}
          />
          <p className="account-page__aside">
            {t.auth.register.haveAccount} <AppLink href="/inloggen">{t.auth.menu.login}</AppLink>
          </p>
        </>
      )}
    </div>
  );
}
