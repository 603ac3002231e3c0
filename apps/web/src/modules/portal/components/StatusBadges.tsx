import { useLanguage, useT } from '../../../app/i18n/use-t';
import type { OfferingStatus, OrganisationStatus } from '../../../generated/graphql';
import { formatDate } from '../../../shared/format/format-offering';

export function OrganisationStatusBadge({ status }: { status: OrganisationStatus }) {
  const t = useT();
  const className =
    status === 'VERIFIED'
      ? 'badge badge--verified'
      : status === 'PENDING'
        ? 'badge badge--stale'
        : 'badge badge--full';
  return (
    <span className={className} data-testid="organisation-status">
      {t.portal.status[status]}
    </span>
  );
}

export function OfferingStatusBadge({ status }: { status: OfferingStatus }) {
  const t = useT();
  return (
    <span
      className={status === 'ACTIVE' ? 'badge badge--verified' : 'badge'}
      data-testid="offering-status"
    >
      {t.portal.offeringStatus[status]}
    </span>
  );
}

/** "Niet bevestigd sinds …" when stale; the last confirmation date otherwise. */
export function FreshnessBadge({
  isStale,
  lastConfirmedAt,
}: {
  isStale: boolean;
  lastConfirmedAt: string | null;
}) {
  const t = useT();
  const { lang } = useLanguage();
  const date = formatDate(lastConfirmedAt, lang);
  if (isStale) {
    return (
      <span className="badge badge--stale" data-testid="stale-flag">
        {t.portal.stale(date)}
      </span>
    );
  }
  return date ? <span className="portal-muted">{t.portal.lastConfirmed(date)}</span> : null;
}
