import { useState, type FormEvent } from 'react';

import { useT } from '../../../app/i18n/use-t';
import { AppLink } from '../../../app/routing/AppLink';
import { emailProblems } from '../../../shared/forms/account-rules';
import { FormActions } from '../../../shared/forms/FormActions';
import { TextField } from '../../../shared/forms/TextField';
import { ProblemSummary } from '../../../shared/forms/use-form-problems';
import { useTextForm } from '../../../shared/forms/use-text-form';

type Field = 'email' | 'password';
const FIELDS: readonly Field[] = ['email', 'password'];

interface LoginFormProps {
  /** Signs in; rejects with the server's error (wrong password, rate limit, …). */
  onSubmit: (email: string, password: string) => Promise<unknown>;
}

export function LoginForm({ onSubmit }: LoginFormProps) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const labels: Record<Field, string> = {
    email: t.auth.login.email,
    password: t.auth.login.password,
  };
  const form = useTextForm(FIELDS, labels, { email: '', password: '' });
  const { problems, bind } = form;
  const { email, password } = form.values;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: Partial<Record<Field, string>> = emailProblems(email, t.auth.form);
    if (!password) found.password = t.auth.form.required;
    if (problems.refuse(found)) return;
    setBusy(true);
    try {
      await onSubmit(email.trim(), password);
    } catch (error) {
      problems.failed(error, (info) => {
        if (info.rateLimitedSeconds !== null)
          return t.auth.login.rateLimited(info.rateLimitedSeconds);
        if (info.reason !== 'BAD_CREDENTIALS') return undefined;
        form.set('password')('');
        return t.auth.login.badCredentials;
      });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="account-form" noValidate onSubmit={submit} data-testid="login-form">
      <ProblemSummary problems={problems} />
      <TextField {...bind('email')} name="email" type="email" autoComplete="username" required />
      <TextField
        {...bind('password')}
        name="password"
        type="password"
        autoComplete="current-password"
        required
      />
      <FormActions busy={busy} submit={t.auth.login.submit} submitting={t.auth.login.submitting}>
        <AppLink href="/wachtwoord-vergeten">{t.auth.login.forgot}</AppLink>
      </FormActions>
    </form>
  );
}
