import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';

import { useDocumentTitle } from '../../../app/hooks/use-document-title';
import { useT } from '../../../app/i18n/use-t';
import { AppLink } from '../../../app/routing/AppLink';
import { REQUEST_PASSWORD_RESET_MUTATION } from '../graphql/request-password-reset.mutation';
import { emailProblems } from '../../../shared/forms/account-rules';
import { Confirmation } from '../../../shared/forms/Confirmation';
import { FormActions } from '../../../shared/forms/FormActions';
import { TextField } from '../../../shared/forms/TextField';
import { ProblemSummary, useFormProblems } from '../../../shared/forms/use-form-problems';
import '../../../shared/account.css';

/** /wachtwoord-vergeten — asks for a reset link; says the same whether the account exists or not. */
export function ForgotPasswordPage() {
  const t = useT();
  const [email, setEmail] = useState('');
  const problems = useFormProblems(['email'], { email: t.auth.forgot.email });
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [requestReset, { loading }] = useMutation(REQUEST_PASSWORD_RESET_MUTATION);
  useDocumentTitle(t.auth.forgot.pageTitle);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const value = email.trim();
    if (problems.refuse(emailProblems(value, t.auth.form))) return;
    try {
      await requestReset({ variables: { email: value } });
      setSentTo(value);
    } catch (e) {
      problems.failed(e);
    }
  }

  return (
    <div className="page account-page">
      <h1>{t.auth.forgot.heading}</h1>
      {sentTo ? (
        <Confirmation testId="reset-requested">
          <h2>{t.auth.forgot.sentHeading}</h2>
          <p>{t.auth.forgot.sentBody(sentTo)}</p>
          <AppLink href="/inloggen">{t.auth.forgot.back}</AppLink>
        </Confirmation>
      ) : (
        <>
          <p>{t.auth.forgot.intro}</p>
          <form className="account-form" noValidate onSubmit={submit}>
            <ProblemSummary problems={problems} />
            <TextField
              id={problems.fieldId('email')}
              name="email"
              type="email"
              autoComplete="email"
              required
              label={t.auth.forgot.email}
              value={email}
              onValueChange={setEmail}
              error={problems.errors.email}
            />
            <FormActions
              busy={loading}
              submit={t.auth.forgot.submit}
              submitting={t.auth.forgot.submitting}
            >
              <AppLink href="/inloggen">{t.auth.forgot.back}</AppLink>
            </FormActions>
          </form>
        </>
      )}
    </div>
  );
}
