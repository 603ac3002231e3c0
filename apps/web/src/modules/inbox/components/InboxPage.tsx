import { useQuery } from '@apollo/client/react';
import { useState } from 'react';

import { QueryError } from '../../../app/components/QueryError';
import { useDocumentTitle } from '../../../app/hooks/use-document-title';
import { useT } from '../../../app/i18n/use-t';
import { useRouter } from '../../../app/routing/use-router';
import { RequireRole } from '../../../shared/session/components/RequireRole';
import type { Viewer } from '../../../shared/session/session-context';
import { CONTACT_REQUEST_INBOX_QUERY } from '../graphql/contact-request-inbox.query';
import { ContactRequestCard } from './ContactRequestCard';
import '../../../shared/account.css';

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
  const [announcement, setAnnouncement] = useState('');
  const { data, loading, error, refetch } = useQuery(CONTACT_REQUEST_INBOX_QUERY, {
    variables: { organisationId: organisationId ?? '' },
    skip: !organisationId,
    fetchPolicy: 'cache-and-network',
  });
  const requests = data?.contactRequestInbox ?? [];

  return (
    <div className="page account-page account-page--wide" data-testid="inbox-page">
      <h1>{data?.organisation ? t.inbox.headingFor(data.organisation.name) : t.inbox.heading}</h1>
      <p>{t.inbox.intro}</p>
      <p className="visually-hidden" role="status" data-testid="inbox-announcement">
        {announcement}
      </p>
      {!organisationId && <p className="notice notice--empty">{t.inbox.chooseOrganisation}</p>}
      {loading && !data && <p role="status">{t.inbox.loading}</p>}
      {error && <QueryError error={error} onRetry={() => void refetch()} />}
      {data && (
        <p className="result-count">
          {requests.length === 0 ? t.inbox.empty : t.inbox.count(requests.length)}
        </p>
      )}
      {requests.length > 0 && (
        <ul className="card-list">
          {requests.map((request) => (
            <ContactRequestCard
              key={request.id}
              request={request}
              onChanged={(status) =>
                setAnnouncement(t.inbox.changed(request.schoolName, t.inbox.status[status]))
              }
            />
          ))}
        </ul>
      )}
    </div>
  );
}
