import { useQuery } from '../../app/graphql/use-query';

import { useT } from '../../app/i18n/use-t';
import { CONTACT_REQUEST_UNREAD_COUNT_QUERY } from './graphql/unread-count.query';

// New requests arrive while the partner works elsewhere: look again now and then.
const POLL_MS = 60_000;

/** The partner's unread contact requests, inside the header's inbox link; nothing when none. */
export function UnreadCount() {
  const t = useT();
  const { data } = useQuery(CONTACT_REQUEST_UNREAD_COUNT_QUERY, {
    pollInterval: POLL_MS,
    fetchPolicy: 'cache-and-network',
  });
  const n = data?.contactRequestUnreadCount ?? 0;
  if (n === 0) return null;
  return (
    <>
      {' '}
      <span className="unread-count" data-testid="inbox-unread">
        ({t.inbox.unreadInNav(n)})
      </span>
    </>
  );
}
