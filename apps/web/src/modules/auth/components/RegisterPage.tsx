import { useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';

import { useDocumentTitle } from '../../../app/hooks/use-document-title';
import { useT } from '../../../app/i18n/use-t';
import { AppLink } from '../../../app/routing/AppLink';
import { REGISTER_PARTNER_MUTATION } from '../graphql/register-partner.mutation';
import { UnlessSignedIn } from './AlreadySignedIn';
import { RegisterForm } from './RegisterForm';
import '../../../shared/account.css';

/** After sending the form: look in the mail (the same for every address, account or not). */
function RegistrationSent({ email, hours }: { email: string; hours: number }) {
  const t = useT();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(function announceSent() {
    headingRef.current?.focus();
  }, []);
  return (
    <section className="notice notice--success" data-testid="registration-sent">
      <h1 ref={headingRef} tabIndex={-1}>
        {t.auth.register.sentHeading}
      </h1>
      <p>{t.auth.register.sentBody(email, hours)}</p>
      <p>{t.auth.register.sentAccount}</p>
      <AppLink href="/inloggen">{t.auth.register.sentToLogin}</AppLink>
    </section>
  );
}

/**
 * /aanmelden — a partner signs up. The answer is always "check your email": the mail holds the
 * link that creates the organisation and account (/aanmelding-bevestigen), or says that the
 * address already has an account.
 */
export function RegisterPage() {
  const t = useT();
  const [register] = useMutation(REGISTER_PARTNER_MUTATION);
  const [sent, setSent] = useState<{ email: string; hours: number } | null>(null);
  useDocumentTitle(t.auth.register.pageTitle);

  if (sent) {
    return (
      <div className="page account-page">
        <RegistrationSent email={sent.email} hours={sent.hours} />
      </div>
    );
  }

  return (
    <div className="page account-page">
      <h1>{t.auth.register.heading}</h1>
      <UnlessSignedIn message={t.auth.register.alreadySignedIn}>
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
            const answer = result.data?.registerPartner;
            if (!answer) throw new Error(t.auth.form.failed);
            setSent({ email: values.email.trim(), hours: answer.validHours });
          }}
        />
        <p className="account-page__aside">
          {t.auth.register.haveAccount} <AppLink href="/inloggen">{t.auth.menu.login}</AppLink>
        </p>
      </UnlessSignedIn>
    </div>
  );
}
