import { useMutation } from '@apollo/client/react';
import { useState } from 'react';

import { useDocumentTitle } from '../../../app/hooks/use-document-title';
import { useLanguage, useT } from '../../../app/i18n/use-t';
import { AppLink } from '../../../app/routing/AppLink';
import { useRouter } from '../../../app/routing/use-router';
import { ErrorSummary } from '../../../shared/forms/ErrorSummary';
import { serverError, splitFieldProblems } from '../../../shared/forms/server-errors';
import { useSession } from '../../../shared/session/hooks/use-session';
import { CONFIRM_REGISTRATION_MUTATION } from '../graphql/confirm-registration.mutation';
import { RegistrationDone } from './RegistrationDone';
import { TokenProblem } from '../../../shared/forms/TokenProblem';
import '../../../shared/account.css';
import { BusyButton } from '../../../shared/forms/BusyButton';

/**
 * /aanmelding-bevestigen?token=… — the link from the sign-up mail. Confirming is a button, not
 * something the page does on opening: mail scanners open links, and the link works once.
 */
export function ConfirmRegistrationPage() {
  const t = useT();
  const { lang } = useLanguage();
  const c = t.auth.confirm;
  const { search } = useRouter();
  const token = new URLSearchParams(search).get('token')?.trim() ?? '';
  const { refresh } = useSession();
  const [confirm, { loading }] = useMutation(CONFIRM_REGISTRATION_MUTATION);
  const [organisationId, setOrganisationId] = useState<string | null>(null);
  const [tokenProblem, setTokenProblem] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  useDocumentTitle(c.pageTitle);

  async function submit() {
    setFormError(null);
    try {
      const result = await confirm({ variables: { token } });
      const id = result.data?.confirmRegistration.organisationId;
      if (!id) throw new Error(t.auth.form.failed);
      // The API signed the partner in (cookie); read the session and its CSRF token.
      await refresh();
      setOrganisationId(id);
    } catch (e) {
      const info = serverError(e, lang);
      const { own, other } = splitFieldProblems(info.fields, ['token', 'kvkNumber'] as const);
      if (own.token) setTokenProblem(true);
      else if (info.rateLimitedSeconds !== null)
        setFormError(t.auth.form.rateLimited(info.rateLimitedSeconds));
      else if (own.kvkNumber) setFormError(t.auth.register.duplicateKvk);
      else setFormError(`${t.auth.form.failed} ${other.join(' ') || info.message}`);
      setAttempt((n) => n + 1);
    }
  }

  if (organisationId) {
    return (
      <div className="page account-page">
        <RegistrationDone organisationId={organisationId} />
      </div>
    );
  }

  return (
    <div className="page account-page">
      <h1>{c.heading}</h1>
      {!token || tokenProblem ? (
        <TokenProblem afterAttempt={tokenProblem}>
          <p>{token ? c.invalidToken : c.missingToken}</p>
          <AppLink href="/aanmelden">{c.again}</AppLink>
        </TokenProblem>
      ) : (
        <>
          <p>{c.intro}</p>
          <ErrorSummary
            heading={t.auth.form.summaryHeading}
            message={formError}
            items={[]}
            attempt={attempt}
          />
          <div className="form-actions">
            <BusyButton
              type="button"
              className="button button--primary"
              busy={loading}
              onClick={() => void submit()}
            >
              {loading ? c.submitting : c.submit}
            </BusyButton>
          </div>
        </>
      )}
    </div>
  );
}
