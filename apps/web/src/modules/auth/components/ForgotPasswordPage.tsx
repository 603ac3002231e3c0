import { useMutation } from '@apollo/client/react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';

import { useDocumentTitle } from '../../../app/hooks/use-document-title';
import { useLanguage, useT } from '../../../app/i18n/use-t';
import { AppLink } from '../../../app/routing/AppLink';
import { REQUEST_PASSWORD_RESET_MUTATION } from '../graphql/request-password-reset.mutation';
import { EMAIL_PATTERN, serverError } from '../../../shared/forms/server-errors';
import { ErrorSummary } from '../../../shared/forms/ErrorSummary';
import { TextField } from '../../../shared/forms/TextField';
import '../../../shared/account.css';

/** /wachtwoord-vergeten — asks for a reset link; says the same whether the account exists or not. */
export function ForgotPasswordPage() {
  const t = useT();
  const { lang } = useLanguage();
  const id = useId();
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [formError, setFormError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [requestReset, { loading }] = useMutation(REQUEST_PASSWORD_RESET_MUTATION);
  const doneRef = useRef<HTMLDivElement>(null);
  useDocumentTitle(t.auth.forgot.pageTitle);

  useEffect(
    function focusConfirmation() {
      if (sentTo) doneRef.current?.focus();
    },
    [sentTo],
  );

  async function submit(event: FormEvent) {
    event.preventDefault();
    const value = email.trim();
    const problem = !value
      ? t.auth.form.required
      : !EMAIL_PATTERN.test(value)
        ? t.auth.form.invalidEmail
        : undefined;
    setError(problem);
    setFormError(null);
    if (problem) {
      setAttempt((n) => n + 1);
      return;
    }
    try {
      await requestReset({ variables: { email: value } });
      setSentTo(value);
    } catch (e) {
      const info = serverError(e, lang);
      setFormError(
        info.rateLimitedSeconds !== null
          ? t.auth.form.rateLimited(info.rateLimitedSeconds)
          : `${t.auth.form.failed} ${info.message}`,
      );
      setAttempt((n) => n + 1);
    }
  }

  return (
    <div className="page account-page">
      <h1>{t.auth.forgot.heading}</h1>
      {sentTo ? (
        <div
          ref={doneRef}
          tabIndex={-1}
          className="notice notice--success"
          role="status"
          data-testid="reset-requested"
        >
          <h2>{t.auth.forgot.sentHeading}</h2>
          <p>{t.auth.forgot.sentBody(sentTo)}</p>
          <AppLink href="/inloggen">{t.auth.forgot.back}</AppLink>
        </div>
      ) : (
        <>
          <p>{t.auth.forgot.intro}</p>
          <form className="account-form" noValidate onSubmit={submit}>
            <ErrorSummary
              heading={t.auth.form.summaryHeading}
              message={formError}
              items={
                error ? [{ fieldId: `${id}-email`, text: `${t.auth.forgot.email}: ${error}` }] : []
              }
              attempt={attempt}
            />
            <TextField
              id={`${id}-email`}
              name="email"
              type="email"
              autoComplete="email"
              required
              label={t.auth.forgot.email}
              value={email}
              onValueChange={setEmail}
              error={error}
            />
            <div className="form-actions">
              <button type="submit" className="button button--primary" disabled={loading}>
                {loading ? t.auth.forgot.submitting : t.auth.forgot.submit}
              </button>
              <AppLink href="/inloggen">{t.auth.forgot.back}</AppLink>
            </div>
          </form>
        </>
      )}
    </div>
  );
}
