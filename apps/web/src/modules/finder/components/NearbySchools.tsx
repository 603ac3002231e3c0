import { useState } from 'react';

import { useT } from '../../../app/i18n/use-t';
import type { SchoolPoint } from '../../../shared/map/hooks/use-school-points';
import { nearestSchools } from '../utils/nearest-schools';
import { BusyButton } from '../../../shared/forms/BusyButton';

interface NearbySchoolsProps {
  /** Every active school (the dots of the map), or undefined while they load. */
  points: readonly SchoolPoint[] | undefined;
  onChoose: (vestigingscode: string) => void;
}

type Lookup =
  | { state: 'idle' }
  | { state: 'busy' }
  | { state: 'failed'; message: string }
  | { state: 'found'; schools: (SchoolPoint & { km: number })[] };

/**
 * "Schools near me": the browser's location (asked only on this click), then the nearest
 * schools from the points the map already has; nothing is sent to the server.
 */
export function NearbySchools({ points, onChoose }: NearbySchoolsProps) {
  const t = useT();
  const [lookup, setLookup] = useState<Lookup>({ state: 'idle' });

  function locate() {
    if (!points) {
      setLookup({ state: 'failed', message: t.finder.nearMeWaiting });
      return;
    }
    if (!('geolocation' in navigator)) {
      setLookup({ state: 'failed', message: t.finder.nearMeDenied });
      return;
    }
    setLookup({ state: 'busy' });
    navigator.geolocation.getCurrentPosition(
      (position) =>
        setLookup({
          state: 'found',
          schools: nearestSchools(points, {
            lat: position.coords.latitude,
            lng: position.coords.longitude,
          }),
        }),
      () => setLookup({ state: 'failed', message: t.finder.nearMeDenied }),
      { timeout: 10_000, maximumAge: 300_000 },
    );
  }

  return (
    <div className="nearby" data-testid="nearby-schools">
      <BusyButton
        type="button"
        className="button button--secondary"
        onClick={locate}
        busy={lookup.state === 'busy'}
      >
        <span aria-hidden="true">⌖ </span>
        {t.finder.nearMe}
      </BusyButton>
      <div role="status">
        {lookup.state === 'busy' && <p>{t.finder.nearMeBusy}</p>}
        {lookup.state === 'failed' && <p className="notice">{lookup.message}</p>}
      </div>
      {lookup.state === 'found' && (
        <>
          <h3 className="nearby__heading">{t.finder.nearMeHeading}</h3>
          <ul className="nearby__list">
            {lookup.schools.map((school) => (
              <li key={school.vestigingscode}>
                <button
                  type="button"
                  className="nearby__choice"
                  data-testid="nearby-school"
                  onClick={() => onChoose(school.vestigingscode)}
                >
                  <span className="suggestion__name">{school.name}</span>
                  <span className="suggestion__meta">{t.finder.nearMeDistance(school.km)}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
