import type { ReactNode } from 'react';

import { useT } from '../../../app/i18n/use-t';
import { TextField } from './fields';

/**
 * A button that turns a map mode on and off (picking a centre, drawing a polygon), with the
 * status line a screen reader announces while the mode is on.
 */
export function MapModeToggle({
  on,
  testId,
  onToggle,
  status,
  children,
}: {
  on: boolean;
  testId: string;
  onToggle: () => void;
  status: string;
  children: ReactNode;
}) {
  return (
    <>
      <button
        type="button"
        className={on ? 'button button--primary' : 'button'}
        aria-pressed={on}
        data-testid={testId}
        onClick={onToggle}
      >
        {children}
      </button>
      {on && (
        <p className="field-hint" role="status">
          {status}
        </p>
      )}
    </>
  );
}

/** Latitude and longitude typed as decimal text; `name` prefixes the fields' names. */
export function LatLngFields({
  name,
  lat,
  lng,
  onLat,
  onLng,
  latError,
  lngError,
}: {
  name: string;
  lat: string;
  lng: string;
  onLat: (value: string) => void;
  onLng: (value: string) => void;
  latError?: string;
  lngError?: string;
}) {
  const c = useT().portal.coverage;
  return (
    <>
      <TextField
        name={`${name}-lat`}
        label={c.lat}
        value={lat}
        onChange={onLat}
        error={latError}
        inputMode="decimal"
      />
      <TextField
        name={`${name}-lng`}
        label={c.lng}
        value={lng}
        onChange={onLng}
        error={lngError}
        inputMode="decimal"
      />
    </>
  );
}
