import { useMutation } from '@apollo/client/react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';

import { useDocumentTitle } from '../../../app/hooks/use-document-title';
import { useLanguage, useT } from '../../../app/i18n/use-t';
import { AppLink } from '../../../app/routing/AppLink';
import { useRouter } from '../../../app/routing/use-router';
import { RESET_PASSWORD_MUTATION } from '../graphql/reset-password.mutation';
import { PASSWORD_MIN, serverError, splitFieldProblems } from '../../../shared/forms/server-errors';
import { ErrorSummary, type SummaryItem } from '../../../shared/forms/ErrorSummary';
import { TextField } from '../../../shared/forms/TextField';
import '../../../shared/account.css';

type Field = 'password' | 'repeat';

/** /wachtwoord-herstellen?token=…[&welkom=1] — the link from the reset or invitation mail. */
export function ResetPasswordPage() {
  const t = useT();
  const { lang } = useLanguage();
  const id = useId();
  const { search } = useRouter();
  const params = new URLSearchParams(search);
  const token = params.get('token')?.trim() ?? '';
  const welcome = params.get('welkom') === '1';
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [tokenProblem, setTokenProblem] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [done, setDone] = useState(false);
  const [reset, { loading }] = useMutation(RESET_PASSWORD_MUTATION);
  const doneRef = useRef<HTMLDivElement>(null);
  const r = t.auth.reset;
  useDocumentTitle(r.pageTitle);

  useEffect(
    function focusConfirmation() {
      if (done) doneRef.current?.focus();
    },
    [done],
  );

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: Partial<Record<Field, string>> = {};
    if (!password) found.password = t.auth.form.required;
    else if (password.length < PASSWORD_MIN)
      found.password = t.auth.form.passwordTooShort(PASSWORD_MIN);
    if (!found.password && repeat !== password) found.repeat = t.auth.form.passwordMismatch;
    setErrors(found);
    setFormError(null);
    if (Object.keys(found).length > 0) {
      setAttempt((n) => n + 1);
      return;
    }
    try {
      await reset({ variables: { token, password } });
      setDone(true);
    } catch (e) {
      const info = serverError(e, lang);
      const { own, other } = splitFieldProblems(info.fields, ['password', 'token'] as const);
      if (own.token) setTokenProblem(true);
      setErrors(own.password ? { password: own.password } : {});
      if (info.rateLimitedSeconds !== null) {
        setFormError(t.auth.form.rateLimited(info.rateLimitedSeconds));
      } else if (!own.token && (other.length > 0 || !own.password)) {
        setFormError(`${t.auth.form.failed} ${other.join(' ') || info.message}`);
      }
      setAttempt((n) => n + 1);
    }
  }

  const labels: Record<Field, string> = { password: r.password, repeat: r.repeat };
  const items: SummaryItem[] = (['password', 'repeat'] as const)
    .filter((f) => errors[f])
    .map((f) => ({ fieldId: `${id}-${f}`, text: `${labels[f]}: ${errors[f]}` }));

  return (
    <div className="page account-page">
      <h1>{welcome ? r.welcomeHeading : r.heading}</h1>
      {done ? (
        <div
          ref={doneRef}
          tabIndex={-1}
          className="notice notice--success"
          role="status"
          data-testid="password-set"
        >
          <h2>{r.doneHeading}</h2>
          <p>{r.doneBody}</p>
          <AppLink href="/inloggen" className="button button--primary">
            {r.toLogin}
          </AppLink>
        </div>
      ) : !token || tokenProblem ? (
        <div className="notice notice--error" role="alert" data-testid="token-problem">
          <p>{token ? r.invalidToken : r.missingToken}</p>
          <AppLink href="/wachtwoord-vergeten">{r.requestNew}</AppLink>
        </div>
      ) : (
        <>
          <p>{welcome ? r.welcomeIntro : r.intro}</p>
          <form className="account-form" noValidate onSubmit={submit}>
            <ErrorSummary
              heading={t.auth.form.summaryHeading}
              message={formError}
              items={items}
              attempt={attempt}
            />
            <TextField
              id={`${id}-password`}
              name="password"
              type="password"
              autoComplete="new-password"
              required
              label={r.password}
              hint={t.auth.register.passwordHint(PASSWORD_MIN)}
              value={password}
              onValueChange={setPassword}
              error={errors.password}
            />
            <TextField
              id={`${id}-repeat`}
              name="repeat"
              type="password"
              autoComplete="new-password"
              required
              label={r.repeat}
              value={repeat}
              onValueChange={setRepeat}
              error={errors.repeat}
            />
            <div className="form-actions">
              <button type="submit" className="button button--primary" disabled={loading}>
                {loading ? r.submitting : r.submit}
              </button>
            </div>
          </form>
        </>
      )}
    </div>
  );
}
