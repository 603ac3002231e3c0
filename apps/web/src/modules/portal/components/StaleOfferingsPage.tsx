import { useQuery } from '@apollo/client/react';

import { QueryError } from '../../../app/components/QueryError';
import { useDocumentTitle } from '../../../app/hooks/use-document-title';
import { useLanguage, useT } from '../../../app/i18n/use-t';
import { AppLink } from '../../../app/routing/AppLink';
import { formatDate } from '../../../shared/format/format-offering';
import { useSession } from '../../../shared/session/hooks/use-session';
import { STALE_OFFERINGS_QUERY } from '../graphql/stale-offerings.query';
import '../../../shared/account.css';
import '../portal.css';
import { CaptionedTable } from '../../../shared/table/CaptionedTable';

function StaleTable() {
  const t = useT();
  const { lang } = useLanguage();
  const s = t.portal.stalePage;
  const { data, loading, error, refetch } = useQuery(STALE_OFFERINGS_QUERY, {
    fetchPolicy: 'cache-and-network',
  });
  if (loading && !data) return <p role="status">{t.common.loading}</p>;
  if (error && !data) return <QueryError error={error} onRetry={() => void refetch()} />;
  const rows = data?.staleOfferings ?? [];
  if (rows.length === 0) return <p className="empty">{s.empty}</p>;
  return (
    // A region with a name and a tab stop: on a phone the table scrolls sideways, by keyboard too,
    // and the page itself stays as wide as the screen.
    <div className="table-scroll" role="region" aria-label={s.caption} tabIndex={0}>
      <CaptionedTable
        className="portal-table"
        testId="stale-offerings"
        caption={s.caption}
        columns={[s.offering, s.organisation, s.contact, s.lastConfirmed, s.status]}
      >
        {rows.map((row) => (
          <tr key={row.id} data-testid="stale-offering">
            <th scope="row" lang="nl">
              {row.title}
            </th>
            <td>
              <AppLink
                href={`/portaal?organisatie=${row.organisation.id}`}
                aria-label={`${row.organisation.name}: ${s.open}`}
              >
                {row.organisation.name}
              </AppLink>
            </td>
            <td>
              {row.organisation.email ? (
                <a href={`mailto:${row.organisation.email}`}>{row.organisation.email}</a>
              ) : (
                '—'
              )}
            </td>
            <td>{formatDate(row.lastConfirmedAt, lang) ?? s.never}</td>
            <td>{t.portal.offeringStatus[row.status]}</td>
          </tr>
        ))}
      </CaptionedTable>
    </div>
  );
}

/** /beheer/verouderd: offerings nobody confirmed within the configured months, oldest first. */
export function StaleOfferingsPage() {
  const t = useT();
  const s = t.portal.stalePage;
  const { viewer, loading } = useSession();
  useDocumentTitle(`${s.pageTitle} — ${t.appName}`);
  return (
    <div className="page portal" data-testid="stale-page">
      <h1>{s.heading}</h1>
      {loading ? (
        <p role="status">{t.common.loading}</p>
      ) : !viewer ? (
        <p>
          {s.signedOut} <AppLink href="/inloggen">{t.portal.signIn}</AppLink>
        </p>
      ) : viewer.role !== 'ADMIN' ? (
        <p className="notice notice--error">{s.forbidden}</p>
      ) : (
        <>
          <p>{s.intro}</p>
          <StaleTable />
        </>
      )}
    </div>
  );
}
