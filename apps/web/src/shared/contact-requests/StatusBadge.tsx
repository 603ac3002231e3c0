import { useT } from '../../app/i18n/use-t';
import type { ContactRequestStatus } from '../../generated/graphql';
import { Fact } from '../facts/Fact';

/** The status of a contact request as a coloured label (colour is never the only signal). */
export function StatusBadge({ status }: { status: ContactRequestStatus }) {
  const t = useT();
  return (
    <span className={`status-badge status-badge--${status}`} data-testid="request-status">
      {t.inbox.status[status]}
    </span>
  );
}

/** The status as a fact of a request (in its `<dl className="facts">`). */
export function StatusFact({ label, status }: { label: string; status: ContactRequestStatus }) {
  return (
    <Fact term={label}>
      <StatusBadge status={status} />
    </Fact>
  );
}
