import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';

import { QueryError } from '../../../app/components/QueryError';
import { useLanguage, useT } from '../../../app/i18n/use-t';
import type { PendingOrganisationsQuery } from '../../../generated/graphql';
import { formatDateTime } from '../../../shared/format/format-date';
import { ReasonForm } from '../../../shared/forms/ReasonForm';
import { serverError } from '../../../shared/forms/server-errors';
import { useReasonForm } from '../../../shared/forms/use-reason-form';
import { MAIL_STATUS_QUERY } from '../graphql/mail-status.query';
import { PENDING_ORGANISATIONS_QUERY } from '../graphql/pending-organisations.query';
import { REJECT_ORGANISATION_MUTATION } from '../graphql/reject-organisation.mutation';
import { VERIFY_ORGANISATION_MUTATION } from '../graphql/verify-organisation.mutation';
import { BusyButton } from '../../../shared/forms/BusyButton';
import { itemLabel } from '../../../shared/forms/item-label';
import { AccountSection } from '../../../shared/account-section/AccountSection';
import { useFocusAfterRemoval } from '../../../shared/focus/focus-key';

type Pending = PendingOrganisationsQuery['pendingOrganisations'][number];

/** The `data-focus-key`s the keyboard is given to after a registration is handled. */
const HEADING_KEY = 'pending-heading';
const verifyKey = (organisationId: string) => `verify:${organisationId}`;
const idOf = (org: Pending) => org.id;
const verifyKeyOf = (org: Pending) => verifyKey(org.id);

/** How to reach a registration: the profile's e-mail (when given), the e-mail of who signed up
 * (the accounts', each once) and the phone number when given. */
function contactOf(org: Pick<Pending, 'email' | 'phone' | 'accountEmails'>): string[] {
  const emails = [org.email, ...org.accountEmails].filter((e): e is string => Boolean(e));
  const unique = emails.filter(
    (e, i) => emails.findIndex((other) => other.toLowerCase() === e.toLowerCase()) === i,
  );
  return org.phone ? [...unique, org.phone] : unique;
}

/** Registrations waiting for an admin: verify, or reject with a reason. */
export function PendingOrganisations() {
  const t = useT();
  const { data, loading, error, refetch } = useQuery(PENDING_ORGANISATIONS_QUERY, {
    fetchPolicy: 'cache-and-network',
  });
  const [done, setDone] = useState<string | null>(null);
  const list = data?.pendingOrganisations ?? [];
  // A verified or rejected registration leaves the list; the keyboard goes on to the next one.
  const focusAfterRemoval = useFocusAfterRemoval(
    data?.pendingOrganisations,
    idOf,
    verifyKeyOf,
    HEADING_KEY,
  );

  return (
    <AccountSection
      heading={t.admin.pending.heading}
      testId="pending-organisations"
      headingFocusKey={HEADING_KEY}
    >
      <p className="visually-hidden" role="status">
        {done ?? ''}
      </p>
      {done && (
        <p className="notice notice--success" aria-hidden="true">
          {done}
        </p>
      )}
      {loading && !data && <p role="status">{t.admin.pending.loading}</p>}
      {error && <QueryError error={error} onRetry={() => void refetch()} />}
      {data && list.length === 0 && <p className="empty">{t.admin.pending.empty}</p>}
      {list.length > 0 && (
        <>
          <p>
            {t.admin.pending.count(list.length)}. {t.admin.pending.checkKvk}
          </p>
          <ul className="card-list">
            {list.map((org, index) => (
              <PendingCard
                key={org.id}
                org={org}
                onDone={(message) => {
                  setDone(message);
                  focusAfterRemoval(org.id, index);
                  void refetch();
                }}
              />
            ))}
          </ul>
        </>
      )}
    </AccountSection>
  );
}

function PendingCard({ org, onDone }: { org: Pending; onDone: (message: string) => void }) {
  const t = useT();
  const { lang } = useLanguage();
  const id = useId();
  const rejection = useReasonForm(id);
  const [failure, setFailure] = useState<string | null>(null);
  // Verifying or rejecting mails the partner: the mail section follows.
  const [verify, verifying] = useMutation(VERIFY_ORGANISATION_MUTATION, {
    refetchQueries: [MAIL_STATUS_QUERY],
  });
  const [reject, rejectingState] = useMutation(REJECT_ORGANISATION_MUTATION, {
    refetchQueries: [MAIL_STATUS_QUERY],
  });
  const busy = verifying.loading || rejectingState.loading;
  const p = t.admin.pending;
  const contact = contactOf(org);

  async function doVerify() {
    setFailure(null);
    try {
      await verify({ variables: { organisationId: org.id } });
      onDone(p.verified(org.name));
    } catch (error) {
      setFailure(`${p.failed} ${serverError(error, lang).message}`);
    }
  }

  async function doReject(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    const reason = rejection.checked(p.rejectForm.required);
    if (reason === null) return;
    try {
      await reject({ variables: { organisationId: org.id, reason } });
      onDone(p.rejected(org.name));
    } catch (error) {
      const info = serverError(error, lang);
      const field = info.fields.find((f) => f.field === 'reason');
      if (field) rejection.setError(field.message);
      else setFailure(`${p.failed} ${info.message}`);
    }
  }

  return (
    <li className="card" data-testid="pending-organisation">
      <h3 id={`${id}-name`}>{org.name}</h3>
      <dl className="facts facts--inline">
        <dt>{p.kvk}</dt>
        <dd>{org.kvkNumber ?? '—'}</dd>
        {org.city && (
          <>
            <dt>{p.city}</dt>
            <dd>{org.city}</dd>
          </>
        )}
        {contact.length > 0 && (
          <>
            <dt>{p.contact}</dt>
            <dd>{contact.join(' · ')}</dd>
          </>
        )}
        <dt>{p.registered}</dt>
        <dd>{formatDateTime(org.updatedAt, lang)}</dd>
      </dl>
      {failure && (
        <p className="notice notice--error" role="alert">
          {failure}
        </p>
      )}
      <div className="card__actions" role="group" aria-labelledby={`${id}-name`}>
        <BusyButton
          type="button"
          className="button button--primary"
          busy={busy}
          aria-label={itemLabel(p.verify, org.name)}
          data-focus-key={verifyKey(org.id)}
          onClick={() => void doVerify()}
        >
          {p.verify}
        </BusyButton>
        <ReasonForm
          state={rejection}
          texts={p.rejectForm}
          busy={busy}
          onSubmit={(e) => void doReject(e)}
          openerExpands
          about={org.name}
        />
      </div>
    </li>
  );
}
