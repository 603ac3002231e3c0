import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';

import { QueryError } from '../../../app/components/QueryError';
import { useDocumentTitle } from '../../../app/hooks/use-document-title';
import { useLanguage, useT } from '../../../app/i18n/use-t';
import { AppLink } from '../../../app/routing/AppLink';
import { formatDateTime } from '../../../shared/format/format-date';
import { RequireRole } from '../../../shared/session/components/RequireRole';
import {
  DELETE_SAVED_SEARCH_MUTATION,
  MY_SAVED_SEARCHES_QUERY,
} from '../../../shared/saved-searches/saved-searches.graphql';
import '../../../shared/account.css';
import { BusyButton } from '../../../shared/forms/BusyButton';
import { useFocusAfterRemoval } from '../../../shared/focus/focus-key';
import { itemLabel } from '../../../shared/forms/item-label';

/** /mijn-zoekopdrachten — one's own saved searches and municipality subscriptions. */
export function MySavedSearchesPage() {
  const t = useT();
  useDocumentTitle(t.savedSearches.pageTitle);
  return (
    <RequireRole roles={['SCHOOL_STAFF', 'MUNICIPALITY_OFFICER', 'ADMIN']}>
      {() => <SavedSearchList />}
    </RequireRole>
  );
}

/** The `data-focus-key`s the keyboard is given to after a delete. */
const HEADING_KEY = 'saved-searches-heading';
const deleteKey = (id: string) => `delete-search:${id}`;
const idOf = (search: { id: string }) => search.id;
const deleteKeyOf = (search: { id: string }) => deleteKey(search.id);

function SavedSearchList() {
  const t = useT();
  const { lang } = useLanguage();
  const s = t.savedSearches;
  const { data, loading, error, refetch } = useQuery(MY_SAVED_SEARCHES_QUERY, {
    fetchPolicy: 'cache-and-network',
  });
  const [remove, removing] = useMutation(DELETE_SAVED_SEARCH_MUTATION);
  const [notice, setNotice] = useState('');
  const searches = data?.mySavedSearches ?? [];
  // A deleted search leaves the list; the keyboard goes on to the next one.
  const focusAfterRemoval = useFocusAfterRemoval(
    data?.mySavedSearches,
    idOf,
    deleteKeyOf,
    HEADING_KEY,
  );

  async function onDelete(id: string, index: number) {
    await remove({ variables: { id } });
    setNotice(s.deleted);
    focusAfterRemoval(id, index);
    await refetch();
  }

  return (
    <div className="page account-page account-page--wide" data-testid="saved-searches-page">
      <h1 tabIndex={-1} data-focus-key={HEADING_KEY}>
        {s.heading}
      </h1>
      <p>{s.intro}</p>
      <p role="status" aria-live="polite">
        {notice}
      </p>
      {loading && !data && <p role="status">{s.loading}</p>}
      {error && <QueryError error={error} onRetry={() => void refetch()} />}
      {removing.error && <QueryError error={removing.error} />}
      {data && searches.length === 0 && <p className="notice notice--empty">{s.empty}</p>}
      {searches.length > 0 && (
        <ul className="card-list" data-testid="saved-search-list">
          {searches.map((search, index) => (
            <li key={search.id} className="card" data-testid="saved-search">
              <p>
                <strong>{search.description}</strong>
              </p>
              <dl className="facts facts--inline">
                <dt>{s.mailedLabel}</dt>
                <dd>{s.frequencyShort[search.frequency]}</dd>
                <dt>{s.nextLabel}</dt>
                <dd>{formatDateTime(search.nextDigestAt, lang)}</dd>
              </dl>
              <p>
                {search.vestigingscode && (
                  <AppLink
                    aria-label={itemLabel(s.openInFinder, search.description)}
                    href={
                      `/?school=${encodeURIComponent(search.vestigingscode)}` +
                      (search.needs.length > 0 ? `&behoeften=${search.needs.join(',')}` : '')
                    }
                  >
                    {s.openInFinder}
                  </AppLink>
                )}{' '}
                <BusyButton
                  type="button"
                  className="button"
                  aria-label={itemLabel(s.deleteShort, search.description)}
                  busy={removing.loading}
                  data-focus-key={deleteKey(search.id)}
                  onClick={() => void onDelete(search.id, index).catch(() => undefined)}
                >
                  {s.deleteShort}
                </BusyButton>
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
