import { useLazyQuery } from '@apollo/client/react';
import { useEffect, useId, useState } from 'react';

import { useLanguage, useT } from '../../../app/i18n/use-t';
import { fieldProblems, errorMessage } from '../../forms/server-errors';
import { CharacterCount } from '../../forms/CharacterCount';
import { FieldNotes, noteIds } from '../../forms/FieldNotes';
import { GEOCODE_QUERY } from '../graphql/geocode.query';
import { BusyButton } from '../../forms/BusyButton';
import { useFocusWhen } from '../../focus/focus-key';

export interface PickedPlace {
  label: string;
  lat: number;
  lng: number;
}

const MAX_QUERY = 200;

/**
 * An address, postcode or town → a point. Searches on a button press (or Enter), lists what it
 * found, and hands the chosen place up. Without a geocoder the server offers municipality
 * centres; the map stays the other way to pick a point.
 */
export function PlaceSearch({
  onPick,
  onOffline,
  testId = 'place-search',
}: {
  onPick: (place: PickedPlace) => void;
  /** Called when an answer says the geocoder is unreachable (or the search failed outright). */
  onOffline?: () => void;
  testId?: string;
}) {
  const t = useT();
  const { lang } = useLanguage();
  const p = t.forms.places;
  const id = useId();
  const [text, setText] = useState('');
  const [picked, setPicked] = useState<string | null>(null);
  const [search, { data, loading, error }] = useLazyQuery(GEOCODE_QUERY, {
    fetchPolicy: 'network-only',
  });

  function run() {
    setPicked(null);
    if (text.trim().length < 2) return;
    void search({ variables: { query: text } }).catch(() => undefined);
  }

  const offline = error !== undefined || data?.geocode.geocoderAvailable === false;
  useEffect(
    function reportOffline() {
      if (offline) onOffline?.();
    },
    [offline, onOffline],
  );

  // Choosing a place removes the list and the pressed button with it: the keyboard goes back
  // to the search field (the choice is announced below it), not to the top of the page.
  const [picks, setPicks] = useState(0);
  const inputRef = useFocusWhen<HTMLInputElement>(picks);

  const places = data?.geocode.places ?? [];
  const problem = error
    ? (fieldProblems(error, lang)[0]?.message ?? errorMessage(error, lang))
    : null;
  return (
    <div
      className="place-search"
      data-testid={testId}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && (e.target as HTMLElement).tagName === 'INPUT') {
          e.preventDefault();
          run();
        }
      }}
    >
      <div className="form-field">
        <label htmlFor={`${id}-q`}>{p.label}</label>
        <FieldNotes id={id} hint={p.hint} error={problem} />
        <input
          ref={inputRef}
          id={`${id}-q`}
          value={text}
          maxLength={MAX_QUERY}
          autoComplete="off"
          aria-invalid={problem ? true : undefined}
          aria-describedby={[...noteIds(id, p.hint, problem), `${id}-count`].join(' ')}
          onChange={(e) => setText(e.target.value)}
        />
        <CharacterCount id={`${id}-count`} length={text.length} max={MAX_QUERY} label={t.forms} />
      </div>
      <BusyButton type="button" className="button" onClick={run} busy={loading}>
        {loading ? p.searching : p.search}
      </BusyButton>
      <div role="status" aria-live="polite">
        {data && places.length === 0 && <p className="field-hint">{p.none}</p>}
        {data && !data.geocode.geocoderAvailable && places.length > 0 && (
          <p className="field-hint">{p.offline}</p>
        )}
        {picked && <p className="field-hint">{p.picked(picked)}</p>}
      </div>
      {places.length > 0 && !picked && (
        <ul className="place-search__results">
          {places.map((place, i) => (
            <li key={`${place.label}-${i}`}>
              <button
                type="button"
                className="button"
                onClick={() => {
                  setPicked(place.label);
                  setPicks((n) => n + 1);
                  onPick({ label: place.label, lat: place.location.lat, lng: place.location.lng });
                }}
              >
                {place.kind === 'MUNICIPALITY_CENTRE' ? p.centreOf(place.label) : place.label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
