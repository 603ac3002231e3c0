import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';

import { useDocumentTitle } from '../../../app/hooks/use-document-title';
import { useT } from '../../../app/i18n/use-t';
import { AppLink } from '../../../app/routing/AppLink';
import { useRouter } from '../../../app/routing/use-router';
import { RESET_PASSWORD_MUTATION } from '../graphql/reset-password.mutation';
import { newPasswordProblems } from '../../../shared/forms/account-rules';
import { Confirmation } from '../../../shared/forms/Confirmation';
import { FormActions } from '../../../shared/forms/FormActions';
import { PASSWORD_MIN } from '../../../shared/forms/server-errors';
import { TextField } from '../../../shared/forms/TextField';
import { ProblemSummary } from '../../../shared/forms/use-form-problems';
import { useTextForm } from '../../../shared/forms/use-text-form';
import { TokenProblem } from '../../../shared/forms/TokenProblem';
import '../../../shared/account.css';

type Field = 'password' | 'repeat';
const FIELDS: readonly Field[] = ['password', 'repeat'];

/** /wachtwoord-herstellen?token=…[&welkom=1] — the link from the reset or invitation mail. */
export function ResetPasswordPage() {
  const t = useT();
  const { search } = useRouter();
  const params = new URLSearchParams(search);
  const token = params.get('token')?.trim() ?? '';
  const welcome = params.get('welkom') === '1';
  const [tokenProblem, setTokenProblem] = useState(false);
  const [done, setDone] = useState(false);
  const [reset, { loading }] = useMutation(RESET_PASSWORD_MUTATION);
  const r = t.auth.reset;
  useDocumentTitle(r.pageTitle);
  const labels: Record<Field, string> = { password: r.password, repeat: r.repeat };
  const form = useTextForm(FIELDS, labels, { password: '', repeat: '' });
  const { problems, bind } = form;
  const { password, repeat } = form.values;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (problems.refuse(newPasswordProblems(password, repeat, t.auth.form))) return;
    try {
      await reset({ variables: { token, password } });
      setDone(true);
    } catch (e) {
      problems.failed(e, (info) => {
        // A bad or spent token is not the form's problem: the page then offers a new link.
        if (!info.fields.some((p) => p.field === 'token')) return undefined;
        setTokenProblem(true);
        return info.rateLimitedSeconds !== null
          ? t.auth.form.rateLimited(info.rateLimitedSeconds)
          : null;
      });
    }
  }

  return (
    <div className="page account-page">
      <h1>{welcome ? r.welcomeHeading : r.heading}</h1>
      {done ? (
        <Confirmation testId="password-set">
          <h2>{r.doneHeading}</h2>
          <p>{r.doneBody}</p>
          <AppLink href="/inloggen" className="button button--primary">
            {r.toLogin}
          </AppLink>
        </Confirmation>
      ) : !token || tokenProblem ? (
        <TokenProblem afterAttempt={tokenProblem}>
          <p>{token ? r.invalidToken : r.missingToken}</p>
          <AppLink href="/wachtwoord-vergeten">{r.requestNew}</AppLink>
        </TokenProblem>
      ) : (
        <>
          <p>{welcome ? r.welcomeIntro : r.intro}</p>
          <form className="account-form" noValidate onSubmit={submit}>
            <ProblemSummary problems={problems} />
            <TextField
              {...bind('password')}
              name="password"
              type="password"
              autoComplete="new-password"
              required
              hint={t.auth.register.passwordHint(PASSWORD_MIN)}
            />
            <TextField
              {...bind('repeat')}
              name="repeat"
              type="password"
              autoComplete="new-password"
              required
            />
            <FormActions busy={loading} submit={r.submit} submitting={r.submitting} />
          </form>
        </>
      )}
    </div>
  );
}
