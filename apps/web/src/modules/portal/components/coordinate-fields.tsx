import { useId, type ReactNode } from 'react';

import { useT } from '../../../app/i18n/use-t';
import { TextField } from '../../../shared/forms/TextField';
import type { TypedPoint } from '../hooks/use-typed-point';

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

/**
 * Latitude and longitude typed as decimal text; `name` prefixes the fields' names. `required`
 * when the form cannot do without them (a circle's centre), not when they are one way among others
 * (a polygon's typed corner beside clicking the map).
 */
export function LatLngFields({
  name,
  point,
  errors = {},
  required,
}: {
  name: string;
  point: TypedPoint;
  errors?: { lat?: string; lng?: string };
  required?: boolean;
}) {
  const c = useT().portal.coverage;
  const id = useId();
  const onChange = { lat: point.setLat, lng: point.setLng };
  return (
    <>
      {(['lat', 'lng'] as const).map((axis) => (
        <TextField
          key={axis}
          id={`${id}-${name}-${axis}`}
          name={`${name}-${axis}`}
          label={c[axis]}
          value={point[axis]}
          onValueChange={onChange[axis]}
          error={errors[axis]}
          inputMode="decimal"
          autoComplete="off"
          required={required}
        />
      ))}
    </>
  );
}
