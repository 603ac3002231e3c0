import { useQuery } from '@apollo/client/react';

import { useDocumentTitle } from '../../../app/hooks/use-document-title';
import { useLanguage, useT } from '../../../app/i18n/use-t';
import { useRouter } from '../../../app/routing/use-router';
import { StatusBadge } from '../../../shared/contact-requests/StatusBadge';
import { formatDateTime } from '../../../shared/format/format-date';
import { CONTACT_REQUEST_STATUS_BY_LINK_QUERY } from '../graphql/contact-link.graphql';
import { LinkState } from './LinkProblem';
import '../../../shared/account.css';

/** /verzoek/status?token=… — the sender follows a request without an account. */
export function StatusByLinkPage() {
  const t = useT();
  const { lang } = useLanguage();
  const c = t.contactLink;
  useDocumentTitle(c.statusPageTitle);
  const { search } = useRouter();
  const token = new URLSearchParams(search).get('token')?.trim() ?? '';
  const { data, loading, error, refetch } = useQuery(CONTACT_REQUEST_STATUS_BY_LINK_QUERY, {
    variables: { token },
    skip: !token,
    fetchPolicy: 'network-only',
  });
  const r = data?.contactRequestStatusByLink;

  return (
    <div className="page account-page" data-testid="status-link-page">
      <h1>{c.statusHeading}</h1>
      <p>{c.statusIntro}</p>
      <LinkState
        token={token}
        loading={loading && !data}
        error={error}
        onRetry={() => void refetch()}
      />
      {r && (
        <section className="card" aria-labelledby="status-kenmerk">
          <h2 id="status-kenmerk">
            {c.reference}: <span data-testid="status-reference">{r.reference}</span>
          </h2>
          <dl className="facts facts--inline">
            <dt>{c.statusLabel}</dt>
            <dd>
              <StatusBadge status={r.status} />
            </dd>
            <dt>{c.school}</dt>
            <dd>{r.schoolName}</dd>
            <dt>{c.offering}</dt>
            <dd>{r.offeringTitle}</dd>
            <dt>{c.partner}</dt>
            <dd>{r.organisationName}</dd>
            <dt>{c.sent}</dt>
            <dd>{formatDateTime(r.createdAt, lang)}</dd>
            <dt>{c.updated}</dt>
            <dd>{formatDateTime(r.updatedAt, lang)}</dd>
          </dl>
          <p data-testid="status-explain">{c.statusExplain[r.status]}</p>
          {r.status === 'DECLINED' && r.statusReason && (
            <p>
              <strong>{c.declinedReason}:</strong> {r.statusReason}
            </p>
          )}
          <p className="field-hint">
            {c.linkValidUntil} {formatDateTime(r.linkExpiresAt, lang)}
          </p>
        </section>
      )}
    </div>
  );
}
