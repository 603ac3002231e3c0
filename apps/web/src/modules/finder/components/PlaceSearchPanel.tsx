import { useState } from 'react';

import { useQuery } from '../../../app/graphql/use-query';
import { useDebouncedValue } from '../../../app/hooks/use-debounced-value';
import { useLanguage } from '../../../app/i18n/use-t';
import { GEOCODE_QUERY } from '../../../shared/places/graphql/geocode.query';
import { useCombobox } from '../../../shared/pickers/use-combobox';
import { placeSearchEn, placeSearchNl } from '../place-search.messages';
import {
  parsePlace,
  roundCoordinate,
  type FinderPlace,
} from '../../../shared/finder-state/finder-state';
import { BusyButton } from '../../../shared/forms/BusyButton';

const MIN_QUERY = 3;
const MAX_QUERY = 200;

// eslint-disable-next-line no-control-regex -- control characters never belong in an address
const CONTROL = /[\u0000-\u001f\u007f]/g;

/** What was typed, as it is sent: spaces folded, control characters dropped. */
function queryOf(text: string): string {
  return text.replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * "Search from an address or my location": an ARIA 1.2 combobox over the geocoder (our API's
 * `geocode`, through the light client: the finder's first screen has no Apollo), and the
 * browser's location (asked only on the button press, rounded to about 100 m). Without the
 * geocoder the rest of the finder works as before; the message says what to do instead.
 * Loaded when the user opens the entry (PlacePicker), with its texts in both languages.
 */
export function PlaceSearchPanel({ onChoose }: { onChoose: (place: FinderPlace) => void }) {
  const { lang } = useLanguage();
  const m = lang === 'en' ? placeSearchEn : placeSearchNl;
  const [text, setText] = useState('');
  const [located, setLocated] = useState<{ busy: boolean; problem: string | null }>({
    busy: false,
    problem: null,
  });
  const typed = queryOf(text);
  const term = useDebouncedValue(typed, 300);
  const ask = term.length >= MIN_QUERY;
  const { data, loading, error } = useQuery(GEOCODE_QUERY, {
    variables: { query: term },
    skip: !ask,
  });
  // Only the answer for what is in the box now counts (not one for an earlier text).
  const current = ask && term === typed && !loading;
  const places = current ? (data?.geocode.places ?? []) : [];
  const unavailable = current && (error !== undefined || data?.geocode.geocoderAvailable === false);
  const nothingFound = current && error === undefined && places.length === 0;
  const { id, showList, listId, inputProps, optionProps } = useCombobox({
    text,
    setText,
    options: places,
    ready: places.length > 0,
    onChoose: (place) => {
      const picked = parsePlace(`${place.location.lat},${place.location.lng}`, place.label);
      if (!picked) return false;
      onChoose(
        place.kind === 'MUNICIPALITY_CENTRE'
          ? { ...picked, label: m.centreOf(place.label) }
          : picked,
      );
    },
  });

  function locate() {
    if (!('geolocation' in navigator)) {
      setLocated({ busy: false, problem: m.noGeolocation });
      return;
    }
    setLocated({ busy: true, problem: null });
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        // About 100 m: enough for distances in km, and no more than that goes into the link.
        const lat = roundCoordinate(coords.latitude, 3);
        const lng = roundCoordinate(coords.longitude, 3);
        const place = parsePlace(`${lat},${lng}`, null);
        setLocated({ busy: false, problem: place ? null : m.outside });
        if (place) onChoose(place);
      },
      (problem) =>
        setLocated({
          busy: false,
          problem: problem.code === problem.PERMISSION_DENIED ? m.denied : m.failed,
        }),
      { timeout: 15_000, maximumAge: 300_000 },
    );
  }

  return (
    <div className="place-picker__panel">
      <p className="field-hint">{m.intro}</p>
      <div className="school-picker">
        <label htmlFor={id}>{m.label}</label>
        <input
          id={id}
          {...inputProps}
          data-testid="place-search"
          maxLength={MAX_QUERY}
          aria-describedby={`${id}-hint`}
        />
        <p id={`${id}-hint`} className="field-hint">
          {m.hint}
        </p>
        <p className="visually-hidden" role="status">
          {current ? m.count(places.length) : ask && loading ? m.searching : ''}
        </p>
        <ul
          id={listId}
          role="listbox"
          aria-label={m.suggestions}
          className="suggestions"
          hidden={!showList}
        >
          {showList &&
            places.map((place, index) => (
              <li
                key={`${place.label}-${index}`}
                {...optionProps(index, place)}
                data-testid="place-option"
              >
                <span className="suggestion__name">
                  {place.kind === 'MUNICIPALITY_CENTRE' ? m.centreOf(place.label) : place.label}
                </span>
              </li>
            ))}
        </ul>
      </div>
      <div role="alert" data-testid="place-problem">
        {unavailable && (
          <p className="notice notice--help">{places.length > 0 ? m.centresOnly : m.unavailable}</p>
        )}
      </div>
      {nothingFound && !unavailable && (
        <div className="notice notice--help" data-testid="place-none">
          <p>
            <strong>{m.noneTitle}</strong>
          </p>
          <p>{m.noneHelp}</p>
        </div>
      )}
      <div className="place-picker__locate">
        <BusyButton
          type="button"
          className="button button--secondary"
          data-testid="use-location"
          aria-describedby={`${id}-location-note`}
          onClick={locate}
          busy={located.busy}
        >
          <span aria-hidden="true">⌖ </span>
          {m.useLocation}
        </BusyButton>
        <p id={`${id}-location-note`} className="field-hint">
          {m.locationNote}
        </p>
        <div role="status" data-testid="location-status">
          {located.busy && <p>{m.locating}</p>}
          {located.problem && <p className="notice notice--help">{located.problem}</p>}
        </div>
      </div>
    </div>
  );
}
