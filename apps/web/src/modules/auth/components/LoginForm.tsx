import { useId, useState, type FormEvent } from 'react';

import { useLanguage, useT } from '../../../app/i18n/use-t';
import { AppLink } from '../../../app/routing/AppLink';
import {
  EMAIL_PATTERN,
  serverError,
  splitFieldProblems,
} from '../../../shared/forms/server-errors';
import { ErrorSummary, type SummaryItem } from '../../../shared/forms/ErrorSummary';
import { TextField } from '../../../shared/forms/TextField';

type Field = 'email' | 'password';
const FIELDS: readonly Field[] = ['email', 'password'];

interface LoginFormProps {
  /** Signs in; rejects with the server's error (wrong password, rate limit, …). */
  onSubmit: (email: string, password: string) => Promise<unknown>;
}

export function LoginForm({ onSubmit }: LoginFormProps) {
  const t = useT();
  const { lang } = useLanguage();
  const id = useId();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const fieldId = (f: Field) => `${id}-${f}`;
  const labels: Record<Field, string> = {
    email: t.auth.login.email,
    password: t.auth.login.password,
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: Partial<Record<Field, string>> = {};
    if (!email.trim()) found.email = t.auth.form.required;
    else if (!EMAIL_PATTERN.test(email.trim())) found.email = t.auth.form.invalidEmail;
    if (!password) found.password = t.auth.form.required;
    setErrors(found);
    setFormError(null);
    if (Object.keys(found).length > 0) {
      setAttempt((n) => n + 1);
      return;
    }
    setBusy(true);
    try {
      await onSubmit(email.trim(), password);
    } catch (error) {
      const info = serverError(error, lang);
      const { own, other } = splitFieldProblems(info.fields, FIELDS);
      setErrors(own);
      if (info.rateLimitedSeconds !== null) {
        setFormError(t.auth.login.rateLimited(info.rateLimitedSeconds));
      } else if (info.reason === 'BAD_CREDENTIALS') {
        setFormError(t.auth.login.badCredentials);
        setPassword('');
      } else if (other.length > 0 || Object.keys(own).length === 0) {
        setFormError(`${t.auth.form.failed} ${other.join(' ') || info.message}`);
      }
      setAttempt((n) => n + 1);
    } finally {
      setBusy(false);
    }
  }

  const items: SummaryItem[] = FIELDS.filter((f) => errors[f]).map((f) => ({
    fieldId: fieldId(f),
    text: `${labels[f]}: ${errors[f]}`,
  }));

  return (
    <form className="account-form" noValidate onSubmit={submit} data-testid="login-form">
      <ErrorSummary
        heading={t.auth.form.summaryHeading}
        message={formError}
        items={items}
        attempt={attempt}
      />
      <TextField
        id={fieldId('email')}
        name="email"
        type="email"
        autoComplete="username"
        required
        label={labels.email}
        value={email}
        onValueChange={setEmail}
        error={errors.email}
      />
      <TextField
        id={fieldId('password')}
        name="password"
        type="password"
        autoComplete="current-password"
        required
        label={labels.password}
        value={password}
        onValueChange={setPassword}
        error={errors.password}
      />
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? t.auth.login.submitting : t.auth.login.submit}
        </button>
        <AppLink href="/wachtwoord-vergeten">{t.auth.login.forgot}</AppLink>
      </div>
    </form>
  );
}
