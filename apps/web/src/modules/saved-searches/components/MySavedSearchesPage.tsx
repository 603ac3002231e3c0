import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';

import { QueryError } from '../../../app/components/QueryError';
import { useDocumentTitle } from '../../../app/hooks/use-document-title';
import { useLanguage, useT } from '../../../app/i18n/use-t';
import type { Messages } from '../../../app/i18n/nl';
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
import { stateOfSavedSearch } from '../../../shared/finder-state/saved-search-state';
import { finderSearch } from '../../../shared/finder-state/finder-state';
import { useInterventionTypes } from '../../../shared/intervention-types/use-intervention-types';
import type { MySavedSearchesQuery } from '../../../generated/graphql';
import { savedSearchConditions } from '../saved-search-summary';

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
  const { needLabel } = useInterventionTypes();
  const searches = (data?.mySavedSearches ?? []).map((search) => ({
    ...search,
    // In the reader's language (the API's description is Dutch), with every condition.
    ...describe(search, t, lang, needLabel),
  }));
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
                <strong>{search.title}</strong>
              </p>
              <dl className="facts facts--inline">
                {search.conditions.length > 0 && (
                  <>
                    <dt>{s.conditionsLabel}</dt>
                    <dd data-testid="saved-search-conditions">{search.conditions.join(' · ')}</dd>
                  </>
                )}
                <dt>{s.mailedLabel}</dt>
                <dd>{s.frequencyShort[search.frequency]}</dd>
                <dt>{s.nextLabel}</dt>
                <dd>{formatDateTime(search.nextDigestAt, lang)}</dd>
              </dl>
              <p>
                {search.finderLink && (
                  <AppLink
                    aria-label={itemLabel(s.openInFinder, search.title)}
                    href={search.finderLink}
                  >
                    {s.openInFinder}
                  </AppLink>
                )}{' '}
                <BusyButton
                  type="button"
                  className="button"
                  aria-label={itemLabel(s.deleteShort, search.title)}
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

type SavedSearch = MySavedSearchesQuery['mySavedSearches'][number];

/** Its title, its conditions and, for a school's search, the finder's link that reopens it as
 * saved (with its groepen and filters, so it shows what the alert mails about). */
function describe(
  search: SavedSearch,
  t: Messages,
  lang: string,
  needLabel: (code: string) => string,
): { title: string; conditions: string[]; finderLink: string | null } {
  const s = t.savedSearches;
  if (search.kind !== 'SCHOOL' || !search.vestigingscode) {
    const name = search.municipalityName ?? search.municipalityCode;
    return {
      title: name ? s.municipalitySearch(name) : search.description,
      conditions: [],
      finderLink: null,
    };
  }
  const state = stateOfSavedSearch({ ...search, vestigingscode: search.vestigingscode });
  return {
    title: s.schoolSearch(
      search.schoolName ?? search.vestigingscode,
      search.vestigingscode,
      search.needs.map((code) => needLabel(code).toLowerCase()),
    ),
    conditions: savedSearchConditions(state, t, lang),
    finderLink: `/${finderSearch(state)}`,
  };
}
