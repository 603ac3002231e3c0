import { useT } from '../../app/i18n/use-t';
import type { ContactRequestStatus } from '../../generated/graphql';

/** The status of a contact request as a coloured label (colour is never the only signal). */
export function StatusBadge({ status }: { status: ContactRequestStatus }) {
  const t = useT();
  return (
    <span className={`status-badge status-badge--${status}`} data-testid="request-status">
      {t.inbox.status[status]}
    </span>
  );
}
