import { useQuery } from '@apollo/client/react';
import { useId } from 'react';

import { QueryError } from '../../../app/components/QueryError';
import { useDocumentTitle } from '../../../app/hooks/use-document-title';
import { useLanguage, useT } from '../../../app/i18n/use-t';
import { AppLink } from '../../../app/routing/AppLink';
import { RequireRole } from '../../../shared/session/components/RequireRole';
import { formatDateTime } from '../../../shared/format/format-date';
import { CappedListNotice } from '../../../shared/contact-requests/CappedListNotice';
import { StatusFact } from '../../../shared/contact-requests/StatusBadge';
import { Fact } from '../../../shared/facts/Fact';
import { SCHOOL_CONTACT_REQUESTS_QUERY } from '../graphql/school-contact-requests.query';
import { NeedsProfileEditor } from './NeedsProfileEditor';
import '../../../shared/account.css';
import { DutchText } from '../../../shared/language/DutchText';

/** /mijn-school (SCHOOL_STAFF): per linked school, its contact requests and their status. */
export function MySchoolPage() {
  const t = useT();
  useDocumentTitle(t.schoolAccount.pageTitle);
  return (
    <RequireRole roles={['SCHOOL_STAFF']}>
      {(viewer) => (
        <div className="page account-page account-page--wide" data-testid="my-school-page">
          <h1>{t.schoolAccount.heading}</h1>
          <p>{t.schoolAccount.intro}</p>
          {viewer.schoolCodes.length === 0 ? (
            <p className="notice notice--empty">{t.schoolAccount.noSchools}</p>
          ) : (
            viewer.schoolCodes.map((code) => <SchoolRequests key={code} vestigingscode={code} />)
          )}
        </div>
      )}
    </RequireRole>
  );
}

function SchoolRequests({ vestigingscode }: { vestigingscode: string }) {
  const t = useT();
  const { lang } = useLanguage();
  const s = t.schoolAccount;
  const id = useId();
  const { data, loading, error, refetch } = useQuery(SCHOOL_CONTACT_REQUESTS_QUERY, {
    variables: { vestigingscode },
    fetchPolicy: 'cache-and-network',
  });
  const requests = data?.schoolContactRequests ?? [];
  const school = data?.school;

  return (
    <section
      className="account-section"
      aria-labelledby={`${id}-heading`}
      data-testid="school-requests"
    >
      <h2 id={`${id}-heading`}>
        {school ? s.schoolHeading(school.name, school.city) : s.code(vestigingscode)}
      </h2>
      <p>
        <AppLink href={`/?school=${encodeURIComponent(vestigingscode)}`}>{s.findPartners}</AppLink>
        {' · '}
        <AppLink href={`/school?code=${encodeURIComponent(vestigingscode)}`}>
          {t.schoolPage.pageLink(school?.name ?? vestigingscode)}
        </AppLink>
      </p>
      <NeedsProfileEditor vestigingscode={vestigingscode} schoolHeadingId={`${id}-heading`} />
      <h3>{s.requestsHeading}</h3>
      {loading && !data && <p role="status">{s.loading}</p>}
      {error && <QueryError error={error} onRetry={() => void refetch()} />}
      {data && (
        <p className="result-count">{requests.length === 0 ? s.empty : s.count(requests.length)}</p>
      )}
      {data && (
        <CappedListNotice
          shown={requests.length}
          total={data.schoolContactRequestsTotal}
          olderHint={s.olderHint}
          testId="school-requests-capped"
        />
      )}
      {requests.length > 0 && (
        <ul className="card-list">
          {requests.map((r) => (
            <li key={r.id} className="card" data-testid="school-request">
              <h3>
                <span lang="nl">{r.offeringTitle}</span> — {r.organisationName}
              </h3>
              <dl className="facts facts--inline">
                <Fact term={t.inbox.reference}>{r.reference}</Fact>
                <StatusFact label={s.statusLabel} status={r.status} />
                <Fact term={s.sentBy}>{r.senderName}</Fact>
                <Fact term={s.sentOn}>{formatDateTime(r.createdAt, lang)}</Fact>
                <Fact term={s.updated}>{formatDateTime(r.updatedAt, lang)}</Fact>
              </dl>
              <p>{s.statusExplain[r.status]}</p>
              {r.status === 'DECLINED' && r.statusReason && (
                <p>
                  <strong>{s.declinedReason}:</strong> <DutchText>{r.statusReason}</DutchText>
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
