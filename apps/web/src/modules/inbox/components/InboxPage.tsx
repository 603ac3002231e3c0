import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useId, useRef, useState } from 'react';

import { QueryError } from '../../../app/components/QueryError';
import { useDocumentTitle } from '../../../app/hooks/use-document-title';
import { useT } from '../../../app/i18n/use-t';
import { useRouter } from '../../../app/routing/use-router';
import { RequireRole } from '../../../shared/session/components/RequireRole';
import type { Viewer } from '../../../shared/session/session-context';
import type { ContactRequestStatus } from '../../../generated/graphql';
import { CONTACT_REQUEST_INBOX_QUERY } from '../graphql/contact-request-inbox.query';
import {
  CONTACT_REQUEST_UNREAD_COUNT_QUERY,
  MARK_CONTACT_REQUEST_READ_MUTATION,
} from '../../../shared/contact-requests/graphql/unread-count.query';
import { CappedListNotice } from '../../../shared/contact-requests/CappedListNotice';
import {
  alreadyAnsweredMessage,
  ContactRequestCard,
} from '../../../shared/contact-requests/ContactRequestCard';
import { SelectField } from '../../../shared/forms/SelectField';
import '../../../shared/account.css';

const STATUSES: ContactRequestStatus[] = [
  'REQUESTED',
  'ACCEPTED',
  'IN_CONVERSATION',
  'STARTED',
  'DECLINED',
];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** /portaal/inbox (PARTNER_EDITOR; ADMIN with ?organisatie=<id>): the organisation's requests. */
export function InboxPage() {
  const t = useT();
  useDocumentTitle(t.inbox.pageTitle);
  return (
    <RequireRole roles={['PARTNER_EDITOR', 'ADMIN']}>
      {(viewer) => <Inbox viewer={viewer} />}
    </RequireRole>
  );
}

function Inbox({ viewer }: { viewer: Viewer }) {
  const t = useT();
  const { search } = useRouter();
  const asked = new URLSearchParams(search).get('organisatie')?.trim() ?? '';
  const organisationId =
    viewer.role === 'ADMIN' ? (UUID.test(asked) ? asked : null) : viewer.organisationId;
  const filterId = useId();
  const [announcement, setAnnouncement] = useState('');
  const [status, setStatus] = useState<ContactRequestStatus | ''>('');
  const { data, loading, error, refetch } = useQuery(CONTACT_REQUEST_INBOX_QUERY, {
    variables: { organisationId: organisationId ?? '', statuses: status ? [status] : null },
    skip: !organisationId,
    fetchPolicy: 'cache-and-network',
  });
  // The header's unread count follows every read and every answer.
  const [markRead] = useMutation(MARK_CONTACT_REQUEST_READ_MUTATION, {
    refetchQueries: [CONTACT_REQUEST_UNREAD_COUNT_QUERY],
  });
  const requests = data?.contactRequestInbox ?? [];
  // A request answered while the list is filtered may leave it, and its card with the
  // keyboard: then the page's heading takes it (the card keeps it otherwise).
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [refetchedAfter, setRefetchedAfter] = useState<string | null>(null);
  useEffect(
    function focusHeadingWhenAnsweredLeaves() {
      if (refetchedAfter === null) return;
      if (!requests.some((r) => r.id === refetchedAfter)) headingRef.current?.focus();
      setRefetchedAfter(null);
    },
    [requests, refetchedAfter],
  );

  return (
    <div className="page account-page account-page--wide" data-testid="inbox-page">
      <h1 ref={headingRef} tabIndex={-1}>
        {data?.organisation ? t.inbox.headingFor(data.organisation.name) : t.inbox.heading}
      </h1>
      <p>{t.inbox.intro}</p>
      <p className="visually-hidden" role="status" data-testid="inbox-announcement">
        {announcement}
      </p>
      {!organisationId && <p className="notice notice--empty">{t.inbox.chooseOrganisation}</p>}
      {organisationId && (
        <SelectField
          id={filterId}
          testId="inbox-filter"
          label={t.inbox.filterLabel}
          value={status}
          onValueChange={(value) => setStatus(value as ContactRequestStatus | '')}
          empty={t.inbox.filterAll}
          options={STATUSES}
          optionLabel={(s) => t.inbox.status[s]}
        />
      )}
      {loading && !data && <p role="status">{t.inbox.loading}</p>}
      {error && <QueryError error={error} onRetry={() => void refetch()} />}
      {data && (
        <p className="result-count">
          {requests.length === 0 && !status
            ? t.inbox.empty
            : status
              ? t.inbox.countFiltered(requests.length, t.inbox.status[status])
              : t.inbox.count(requests.length)}
        </p>
      )}
      {data && (
        <CappedListNotice
          shown={requests.length}
          total={data.contactRequestInboxTotal}
          olderHint={t.inbox.olderHint}
          testId="inbox-capped"
        />
      )}
      {requests.length > 0 && (
        <ul className="card-list">
          {requests.map((request) => (
            <ContactRequestCard
              key={request.id}
              request={request}
              onMarkRead={() => void markRead({ variables: { contactRequestId: request.id } })}
              onStale={(message) => {
                // Answered meanwhile (another tab, the mailed link, a colleague): load the
                // inbox again so the card shows the answer that holds.
                setAnnouncement(message);
                void refetch().then(
                  () => setRefetchedAfter(request.id),
                  () => undefined,
                );
              }}
              onChanged={(changed, alreadyAnswered) => {
                setAnnouncement(
                  alreadyAnswered
                    ? alreadyAnsweredMessage(changed, t.inbox)
                    : t.inbox.changed(request.schoolName, t.inbox.status[changed]),
                );
                void refetch().then(
                  () => setRefetchedAfter(request.id),
                  () => undefined,
                );
              }}
            />
          ))}
        </ul>
      )}
    </div>
  );
}
