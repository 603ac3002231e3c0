import { useLanguage, useT } from '../../../app/i18n/use-t';
import { StatusFact } from '../../../shared/contact-requests/StatusBadge';
import { Fact } from '../../../shared/facts/Fact';
import { formatDateTime, formatDay } from '../../../shared/format/format-date';
import { CONTACT_REQUEST_STATUS_BY_LINK_QUERY } from '../graphql/contact-link.graphql';
import { LinkState } from './LinkProblem';
import { MailLinkPage } from '../../../shared/mail-links/MailLinkPage';
import { useMailLinkQuery } from '../../../shared/mail-links/use-mail-link-query';
import { DutchText } from '../../../shared/language/DutchText';

/** /verzoek/status?token=… — the sender follows a request without an account. */
export function StatusByLinkPage() {
  const t = useT();
  const { lang } = useLanguage();
  const c = t.contactLink;
  const link = useMailLinkQuery(CONTACT_REQUEST_STATUS_BY_LINK_QUERY);
  const r = link.data?.contactRequestStatusByLink;

  return (
    <MailLinkPage texts={c.statusPage} testId="status-link-page">
      <LinkState link={link} purpose="status" />
      {r && (
        <section className="card" aria-labelledby="status-kenmerk">
          <h2 id="status-kenmerk">
            {c.reference}: <span data-testid="status-reference">{r.reference}</span>
          </h2>
          <dl className="facts facts--inline">
            <StatusFact label={c.statusLabel} status={r.status} />
            <Fact term={c.school}>{r.schoolName}</Fact>
            <Fact term={c.offering}>
              <span lang="nl">{r.offeringTitle}</span>
            </Fact>
            <Fact term={c.partner}>{r.organisationName}</Fact>
            <Fact term={c.sent}>{formatDateTime(r.createdAt, lang)}</Fact>
            <Fact term={c.updated}>{formatDateTime(r.updatedAt, lang)}</Fact>
          </dl>
          <p data-testid="status-explain">{c.statusExplain[r.status]}</p>
          {r.status === 'DECLINED' && r.statusReason && (
            <p>
              <strong>{c.declinedReason}:</strong> <DutchText>{r.statusReason}</DutchText>
            </p>
          )}
          {r.collaboration && (
            // The request became a collaboration: its name, status and period, nothing more.
            <section aria-labelledby="status-collaboration" data-testid="status-collaboration">
              <h3 id="status-collaboration">{c.collaborationHeading}</h3>
              <p>{c.collaborationExplain}</p>
              <dl className="facts facts--inline">
                <Fact term={c.collaborationName}>
                  {/* Entered in Dutch by the school or partner, also on the English page. */}
                  <span lang="nl" data-testid="status-collaboration-title">
                    {r.collaboration.title}
                  </span>
                </Fact>
                <Fact term={c.collaborationStatus}>
                  <span data-testid="status-collaboration-status">
                    {t.collaborations.status[r.collaboration.status]}
                  </span>
                </Fact>
                <Fact term={c.collaborationPeriod}>
                  {c.period(
                    formatDay(r.collaboration.startsOn, lang),
                    formatDay(r.collaboration.endsOn, lang),
                  )}
                </Fact>
              </dl>
            </section>
          )}
          <p className="field-hint">
            {c.linkValidUntil} {formatDateTime(r.linkExpiresAt, lang)}
          </p>
        </section>
      )}
    </MailLinkPage>
  );
}
