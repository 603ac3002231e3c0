import { useQuery } from '@apollo/client/react';

import { QueryError } from '../../../app/components/QueryError';
import { useLanguage, useT } from '../../../app/i18n/use-t';
import { formatDateTime } from '../../../shared/format/format-date';
import { MAIL_STATUS_QUERY } from '../graphql/mail-status.query';
import { CaptionedTable } from '../../../shared/table/CaptionedTable';
import { AccountSection } from '../../../shared/account-section/AccountSection';

/** Where mail goes (SMTP or only logged), what waits, and the mails that failed. */
export function MailStatusPanel() {
  const t = useT();
  const { lang } = useLanguage();
  const m = t.admin.mail;
  const { data, loading, error, refetch } = useQuery(MAIL_STATUS_QUERY, {
    fetchPolicy: 'cache-and-network',
  });
  const status = data?.mailStatus;

  return (
    <AccountSection heading={m.heading} testId="mail-status">
      {loading && !status && <p role="status">{m.loading}</p>}
      {error && <QueryError error={error} onRetry={() => void refetch()} />}
      {status && (
        <>
          <p>
            {status.transport === 'SMTP' ? m.transportSmtp(status.description) : m.transportLog}
          </p>
          <dl className="facts facts--inline">
            <dt>{status.transport === 'SMTP' ? m.pending : m.inOutbox}</dt>
            <dd>{status.pending}</dd>
            {status.transport === 'SMTP' && (
              <>
                <dt>{m.failed}</dt>
                <dd>{status.failed}</dd>
                <dt>{m.lastSent}</dt>
                <dd>{status.lastSentAt ? formatDateTime(status.lastSentAt, lang) : m.never}</dd>
              </>
            )}
          </dl>
          {status.lastError && (
            <p className="notice notice--error">
              {m.lastError}: {status.lastError}
            </p>
          )}
          {status.recentProblems.length > 0 && (
            <div className="table-scroll" role="region" aria-label={m.problemsCaption} tabIndex={0}>
              <CaptionedTable
                className="data-table"
                caption={m.problemsCaption}
                columns={[m.recipient, m.subject, m.attempts, m.state, m.error]}
              >
                {status.recentProblems.map((p) => (
                  <tr key={p.id}>
                    <th scope="row">{p.recipient}</th>
                    <td>{p.subject}</td>
                    <td>{p.attempts}</td>
                    <td>{p.givenUp ? m.givenUp : m.retrying}</td>
                    <td>{p.lastError}</td>
                  </tr>
                ))}
              </CaptionedTable>
            </div>
          )}
        </>
      )}
    </AccountSection>
  );
}
