import { useEffect, useId, useState } from 'react';

import { useLanguage, useT } from '../../../app/i18n/use-t';
import { isInNetherlands, type LatLng } from '../utils/coverage-draft';
import { parseDecimal } from '../utils/parse-number';
import { TextField } from '../../../shared/forms/TextField';
import { PlaceSearch } from '../../../shared/places/components/PlaceSearch';
import { useTypedPoint } from '../hooks/use-typed-point';
import { LatLngFields, MapModeToggle } from './coordinate-fields';

interface RadiusFormProps {
  /** The centre picked on the map (fills in the fields). */
  picked: LatLng | null;
  picking: boolean;
  onTogglePicking: () => void;
  onAdd: (center: LatLng, radiusKm: number, centerLabel: string | null) => void;
}

type Errors = Partial<Record<'lat' | 'lng' | 'km', string>>;

/** A circle: centre by clicking the map or typing it, and a radius in km. */
export function RadiusForm({ picked, picking, onTogglePicking, onAdd }: RadiusFormProps) {
  const t = useT();
  const { lang } = useLanguage();
  const c = t.portal.coverage;
  const point = useTypedPoint();
  const [km, setKm] = useState('10');
  const [centre, setCentre] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const id = useId();

  useEffect(
    function fillPickedCenter() {
      if (picked) point.fill(picked);
    },
    [picked],
  );

  function add(event: { preventDefault(): void }) {
    event.preventDefault();
    const a = parseDecimal(point.lat, lang);
    const b = parseDecimal(point.lng, lang);
    const r = parseDecimal(km, lang);
    const found: Errors = {};
    // A field left empty says so ("Verplicht."), as in the other forms; text that is no number,
    // or a number out of range, says what is wanted.
    const empty = (typed: string) => typed.trim() === '';
    if (a == null) found.lat = empty(point.lat) ? t.portal.required : c.invalidNumber;
    if (b == null) found.lng = empty(point.lng) ? t.portal.required : c.invalidNumber;
    if (a != null && b != null && !isInNetherlands({ lat: a, lng: b })) found.lat = c.outsideNl;
    if (empty(km)) found.km = t.portal.required;
    else if (r == null || r < 0.1 || r > 400) found.km = c.radiusRange;
    const name = centre.trim().slice(0, 120);
    setErrors(found);
    if (Object.keys(found).length > 0 || a == null || b == null || r == null) return;
    onAdd({ lat: a, lng: b }, r, name || null);
  }

  return (
    // A div, not a nested form (forms cannot nest); Enter in a field still adds the circle.
    <div
      className="portal-subform"
      onKeyDown={(e) => {
        if (e.key === 'Enter' && (e.target as HTMLElement).tagName === 'INPUT') add(e);
      }}
    >
      <p className="field-hint">{c.radiusHint}</p>
      <PlaceSearch
        testId="radius-place-search"
        onPick={(place) => {
          point.fill(place);
          // The found place names the centre, unless the partner already typed a name.
          setCentre((typed) => (typed.trim() ? typed : place.label.slice(0, 120)));
        }}
      />
      <MapModeToggle
        on={picking}
        testId="pick-center"
        onToggle={onTogglePicking}
        status={c.pickingCenter}
      >
        {c.pickCenter}
      </MapModeToggle>
      <div className="portal-row">
        <LatLngFields name="radius" point={point} errors={errors} required />
        <TextField
          id={`${id}-radius-km`}
          name="radius-km"
          label={c.radiusKm}
          value={km}
          onValueChange={setKm}
          error={errors.km}
          inputMode="decimal"
          autoComplete="off"
          required
        />
      </div>
      <TextField
        id={`${id}-radius-centre`}
        name="radius-centre"
        label={c.centerLabel}
        hint={c.centerLabelHint}
        value={centre}
        onValueChange={setCentre}
        autoComplete="off"
      />
      <button type="button" className="button" data-testid="add-radius" onClick={add}>
        {c.radiusAdd}
      </button>
    </div>
  );
}
