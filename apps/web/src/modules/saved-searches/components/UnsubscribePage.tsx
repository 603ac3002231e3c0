import { useMutation } from '@apollo/client/react';

import { QueryError } from '../../../app/components/QueryError';
import { useDocumentTitle } from '../../../app/hooks/use-document-title';
import { useLanguage, useT } from '../../../app/i18n/use-t';
import { AppLink } from '../../../app/routing/AppLink';
import { serverError } from '../../../shared/forms/server-errors';
import {
  SAVED_SEARCH_BY_UNSUBSCRIBE_LINK_QUERY,
  UNSUBSCRIBE_SAVED_SEARCH_MUTATION,
} from '../../../shared/saved-searches/saved-searches.graphql';
import { useMailLinkQuery } from '../../../shared/mail-links/use-mail-link-query';
import '../../../shared/account.css';

/**
 * /afmelden?token=… — the link in a digest mail. Opening it only reads which search it is for;
 * the button unsubscribes. A mail scanner that follows the link therefore changes nothing
 * (docs/decisions/0021).
 */
export function UnsubscribePage() {
  const t = useT();
  const s = t.savedSearches;
  useDocumentTitle(s.unsubscribePageTitle);
  const { token, data, loading, error, refetch } = useMailLinkQuery(
    SAVED_SEARCH_BY_UNSUBSCRIBE_LINK_QUERY,
  );
  const [unsubscribe, done] = useMutation(UNSUBSCRIBE_SAVED_SEARCH_MUTATION);
  const link = done.data?.unsubscribeSavedSearch ?? data?.savedSearchByUnsubscribeLink;
  const problem = error ?? done.error;

  return (
    <div className="page account-page" data-testid="unsubscribe-page">
      <h1>{s.unsubscribeHeading}</h1>
      <p>{s.unsubscribeIntro}</p>
      {!token && (
        <p className="notice notice--error" role="alert">
          {s.noToken}
        </p>
      )}
      {loading && !data && <p role="status">{s.loading}</p>}
      {problem && <Problem error={problem} onRetry={() => void refetch()} />}
      {link && (
        <section className="card" aria-labelledby="unsubscribe-about">
          <h2 id="unsubscribe-about">{s.unsubscribeAbout}</h2>
          <p data-testid="unsubscribe-description">
            {link.description} ({s.frequencyShort[link.frequency]})
          </p>
          {link.unsubscribed ? (
            <p className="notice notice--success" role="status" data-testid="unsubscribed">
              {s.unsubscribed}
            </p>
          ) : (
            <button
              type="button"
              className="button button--primary"
              disabled={done.loading}
              onClick={() => void unsubscribe({ variables: { token } }).catch(() => undefined)}
            >
              {s.unsubscribeButton}
            </button>
          )}
        </section>
      )}
    </div>
  );
}

function Problem({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const t = useT();
  const { lang } = useLanguage();
  const info = serverError(error, lang);
  const text = info.reason ? t.savedSearches.problem[info.reason] : undefined;
  if (!text) return <QueryError error={{ message: info.message }} onRetry={onRetry} />;
  return (
    <div className="notice notice--error" role="alert" data-testid="link-problem">
      <p>{text}</p>
      <p>
        <AppLink href="/mijn-zoekopdrachten">{t.savedSearches.listLink}</AppLink>
      </p>
    </div>
  );
}
