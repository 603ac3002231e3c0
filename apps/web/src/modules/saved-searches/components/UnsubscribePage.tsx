import { useMutation } from '@apollo/client/react';

import { useT } from '../../../app/i18n/use-t';
import {
  SAVED_SEARCH_BY_UNSUBSCRIBE_LINK_QUERY,
  UNSUBSCRIBE_SAVED_SEARCH_MUTATION,
} from '../../../shared/saved-searches/saved-searches.graphql';
import { MailLinkPage } from '../../../shared/mail-links/MailLinkPage';
import { MailLinkState } from '../../../shared/mail-links/MailLinkState';
import { useMailLinkQuery } from '../../../shared/mail-links/use-mail-link-query';
import { BusyButton } from '../../../shared/forms/BusyButton';
import { useFocusWhen } from '../../../shared/focus/focus-key';

/**
 * /afmelden?token=… — the link in a digest mail. Opening it only reads which search it is for;
 * the button unsubscribes. A mail scanner that follows the link therefore changes nothing
 * (docs/decisions/0021).
 */
export function UnsubscribePage() {
  const t = useT();
  const s = t.savedSearches;
  const link = useMailLinkQuery(SAVED_SEARCH_BY_UNSUBSCRIBE_LINK_QUERY);
  const { token, data } = link;
  const [unsubscribe, done] = useMutation(UNSUBSCRIBE_SAVED_SEARCH_MUTATION);
  const search = done.data?.unsubscribeSavedSearch ?? data?.savedSearchByUnsubscribeLink;
  // The button the keyboard was on gives way to the confirmation: the keyboard goes to it (a
  // live region that appears with its text already in it is not reliably read out).
  const confirmation = useFocusWhen<HTMLParagraphElement>(
    done.data?.unsubscribeSavedSearch.unsubscribed === true,
  );

  return (
    <MailLinkPage texts={s.unsubscribePage} testId="unsubscribe-page">
      <MailLinkState
        link={link}
        error={link.error ?? done.error}
        texts={{ ...s, away: { href: '/mijn-zoekopdrachten', label: s.listLink } }}
      />
      {search && (
        <section className="card" aria-labelledby="unsubscribe-about">
          <h2 id="unsubscribe-about">{s.unsubscribeAbout}</h2>
          <p data-testid="unsubscribe-description">
            {search.description} ({s.frequencyShort[search.frequency]})
          </p>
          {search.unsubscribed ? (
            <p
              ref={confirmation}
              tabIndex={-1}
              className="notice notice--success"
              role="status"
              data-testid="unsubscribed"
            >
              {s.unsubscribed}
            </p>
          ) : (
            <BusyButton
              type="button"
              className="button button--primary"
              busy={done.loading}
              onClick={() => void unsubscribe({ variables: { token } }).catch(() => undefined)}
            >
              {s.unsubscribeButton}
            </BusyButton>
          )}
        </section>
      )}
    </MailLinkPage>
  );
}
