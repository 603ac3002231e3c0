import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { fireEvent, screen } from '@testing-library/react';

import { renderIn } from '../../../shared/testing/render-in';
import type { FinderPlace } from '../../../shared/finder-state/finder-state';
import { PlaceSearchPanel } from './PlaceSearchPanel';

type Success = (position: { coords: { latitude: number; longitude: number } }) => void;
type Failure = (error: { code: number; PERMISSION_DENIED: number }) => void;

/** A navigator.geolocation that answers `outcome` once asked. */
function fakeGeolocation(outcome: { lat: number; lng: number } | { code: number } | 'none') {
  const navigatorWithGeo = navigator as unknown as { geolocation?: unknown };
  if (outcome === 'none') {
    delete navigatorWithGeo.geolocation;
    return;
  }
  Object.defineProperty(navigator, 'geolocation', {
    configurable: true,
    value: {
      getCurrentPosition: (ok: Success, fail: Failure) =>
        'code' in outcome
          ? fail({ code: outcome.code, PERMISSION_DENIED: 1 })
          : ok({ coords: { latitude: outcome.lat, longitude: outcome.lng } }),
    },
  });
}

function locate(lang: 'nl' | 'en' = 'nl') {
  const onChoose = jest.fn<(place: FinderPlace) => void>();
  renderIn(lang, <PlaceSearchPanel onChoose={onChoose} />);
  fireEvent.click(screen.getByTestId('use-location'));
  return onChoose;
}

afterEach(() => {
  delete (navigator as unknown as { geolocation?: unknown }).geolocation;
});

describe('PlaceSearchPanel, the browser location', () => {
  it('hands up the location rounded to about 100 m, without an address', () => {
    fakeGeolocation({ lat: 51.917126, lng: 4.399234 });
    const onChoose = locate();
    expect(onChoose).toHaveBeenCalledWith({ lat: 51.917, lng: 4.399, label: null });
  });

  it('says in Dutch what to do when the location is refused', () => {
    fakeGeolocation({ code: 1 });
    expect(locate()).not.toHaveBeenCalled();
    expect(screen.getByTestId('location-status').textContent).toBe(
      'U gaf geen toestemming om uw locatie te gebruiken. Typ een adres of kies hierboven uw school.',
    );
  });

  it('tells a refusal apart from a location that could not be found', () => {
    fakeGeolocation({ code: 2 });
    locate('en');
    expect(screen.getByTestId('location-status').textContent).toBe(
      'Your location could not be found. Try again, type an address or choose your school above.',
    );
  });

  it('refuses a location outside the Netherlands', () => {
    fakeGeolocation({ lat: 48.8566, lng: 2.3522 });
    expect(locate()).not.toHaveBeenCalled();
    expect(screen.getByTestId('location-status').textContent).toMatch(/buiten Nederland/);
  });

  it('says so when the browser cannot give a location at all', () => {
    fakeGeolocation('none');
    expect(locate()).not.toHaveBeenCalled();
    expect(screen.getByTestId('location-status').textContent).toBe(
      'Deze browser kan uw locatie niet geven. Typ een adres of kies hierboven uw school.',
    );
  });
});
