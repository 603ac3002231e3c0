import { useMutation } from '@apollo/client/react';
import { useCallback, useId, useMemo, useRef, useState, type FormEvent } from 'react';

import {
  ORGANISATION_NAME_MIN_LENGTH,
  ORGANISATION_PROFILE_MAX_LENGTH,
  ORGANISATION_TYPES,
} from '@partnerwijzer/domain/client';
import type { Language } from '../../../app/i18n/i18n-context';
import { useLanguage, useT } from '../../../app/i18n/use-t';
import { useRouter } from '../../../app/routing/use-router';
import type {
  OrganisationProfileInput,
  OrganisationType,
  PortalOrganisationFragment,
} from '../../../generated/graphql';
import { UPDATE_ORGANISATION_MUTATION } from '../graphql/update-organisation.mutation';
import { parseDecimal } from '../utils/parse-number';
import { FieldGroup } from '../../../shared/forms/FieldGroup';
import { FormActions } from '../../../shared/forms/FormActions';
import { SelectField } from '../../../shared/forms/SelectField';
import { fieldProblems, generalMessage } from '../../../shared/forms/server-errors';
import { TextField } from '../../../shared/forms/TextField';
import { PlaceSearch } from '../../../shared/places/components/PlaceSearch';
import { useLeaveGuard } from '../hooks/use-leave-guard';
import { fieldBinder } from './field-binder';
import { LocationMap } from './LocationMap';
import { FieldProblemList } from './ProblemNotice';
import { UnsavedQuestion } from './UnsavedQuestion';

// The profile's texts are the fields the domain limits in length; then the type and the location.
type Field = keyof typeof ORGANISATION_PROFILE_MAX_LENGTH | 'type' | 'lat' | 'lng';
type Values = Record<Exclude<Field, 'type'>, string> & { type: OrganisationType };
type Errors = Partial<Record<Field, string>>;

// The API's limits (one list in the domain), checked here before sending.
const LIMITS: Partial<Record<Field, number>> = ORGANISATION_PROFILE_MAX_LENGTH;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function valuesOf(o: PortalOrganisationFragment): Values {
  return {
    name: o.name,
    type: o.type,
    description: o.description,
    website: o.website ?? '',
    email: o.email ?? '',
    phone: o.phone ?? '',
    address: o.address ?? '',
    city: o.city,
    lat: o.location ? String(o.location.lat) : '',
    lng: o.location ? String(o.location.lng) : '',
  };
}

/** The point in the fields, when both hold a number. */
function pointOf(
  latText: string,
  lngText: string,
  lang: Language,
): { lat: number; lng: number } | null {
  const lat = parseDecimal(latText, lang);
  const lng = parseDecimal(lngText, lang);
  return lat != null && lng != null ? { lat, lng } : null;
}

/** The organisation's own profile; saving it also confirms it as current. */
export function OrganisationProfileForm({
  organisation,
}: {
  organisation: PortalOrganisationFragment;
}) {
  const t = useT();
  const { lang } = useLanguage();
  const p = t.portal;
  const [values, setValues] = useState(() => valuesOf(organisation));
  const [errors, setErrors] = useState<Errors>({});
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);
  const [update, { loading }] = useMutation(UPDATE_ORGANISATION_MUTATION);
  const summaryRef = useRef<HTMLDivElement>(null);
  const formId = useId();
  const mapId = useId();
  const [mapOpen, setMapOpen] = useState(false);
  const [mapPicked, setMapPicked] = useState<string | null>(null);
  // The address search is unreachable: the map is the other way to the point, so open it.
  const openMap = useCallback(() => setMapOpen(true), []);
  const point = useMemo(
    () => pointOf(values.lat, values.lng, lang),
    [values.lat, values.lng, lang],
  );
  const set =
    <K extends Field>(field: K) =>
    (value: Values[K]) =>
      setValues((v) => ({ ...v, [field]: value }));
  const { text, select } = fieldBinder(formId, values, errors, set, p.profile);
  // Changes not saved yet: a header link, back or forward asks first (as the offering forms
  // do), and so does reloading or closing the tab; nothing typed is thrown away unseen.
  const saved = useMemo(() => valuesOf(organisation), [organisation]);
  const dirty = (Object.keys(saved) as (keyof Values)[]).some((k) => values[k] !== saved[k]);
  const { navigate } = useRouter();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [leaveTo, setLeaveTo] = useState<string | null>(null);
  useLeaveGuard(dirty, setLeaveTo, p.profile.heading);

  function validate(): { errors: Errors; input: OrganisationProfileInput } {
    const found: Errors = {};
    for (const [field, max] of Object.entries(LIMITS) as [Field, number][]) {
      if ((values[field] as string).trim().length > max) found[field] = p.tooLong(max);
    }
    if (values.name.trim().length < ORGANISATION_NAME_MIN_LENGTH) found.name = p.required;
    if (values.email.trim() && !EMAIL.test(values.email.trim())) {
      found.email = p.profile.invalidEmail;
    }
    const lat = parseDecimal(values.lat, lang);
    const lng = parseDecimal(values.lng, lang);
    if (lat === undefined || (lat === null && lng != null)) found.lat = p.profile.invalidNumber;
    if (lng === undefined || (lng === null && lat != null)) found.lng = p.profile.invalidNumber;
    return {
      errors: found,
      input: {
        name: values.name.trim(),
        type: values.type,
        description: values.description.trim(),
        website: values.website.trim(),
        email: values.email.trim(),
        phone: values.phone.trim(),
        address: values.address.trim(),
        city: values.city.trim(),
        location: lat != null && lng != null ? { lat, lng } : null,
      },
    };
  }

  function fail(found: Errors, text: string) {
    setErrors(found);
    setMessage({ kind: 'error', text });
    requestAnimationFrame(() => summaryRef.current?.focus());
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const { errors: found, input } = validate();
    if (Object.keys(found).length > 0) {
      fail(found, p.errorSummary);
      return;
    }
    setErrors({});
    setMessage(null);
    try {
      const result = await update({ variables: { id: organisation.id, input } });
      if (result.data) setValues(valuesOf(result.data.updateOrganisation));
      setMessage({ kind: 'success', text: p.saved });
    } catch (error) {
      const own: Errors = {};
      const known = (f: string): f is Field =>
        f in values || f === 'location' || f.startsWith('location.');
      for (const problem of fieldProblems(error, lang)) {
        const field: Field | undefined =
          problem.field === 'location' || problem.field === 'location.lat'
            ? 'lat'
            : problem.field === 'location.lng'
              ? 'lng'
              : known(problem.field)
                ? problem.field
                : undefined;
        if (field && !own[field]) own[field] = problem.message;
      }
      const other = generalMessage(error, known, lang);
      fail(own, other ? `${p.failed} ${other}` : p.errorSummary);
    }
  }

  // A way to reach the organisation: the input's type, keyboard and autofill are the same kind.
  const contactField = (name: 'website' | 'email' | 'phone', kind: 'url' | 'email' | 'tel') => ({
    ...text(name),
    type: kind,
    inputMode: kind,
    autoComplete: kind,
    maxLength: LIMITS[name],
  });

  return (
    <form className="portal-form" onSubmit={submit} noValidate data-testid="profile-form">
      <h2 ref={headingRef} tabIndex={-1}>
        {p.profile.heading}
      </h2>
      {leaveTo !== null && dirty && (
        <UnsavedQuestion
          // Another link asked about takes the keyboard again.
          key={leaveTo}
          what={p.profile.heading}
          leaving
          onDiscard={() => {
            setValues(saved);
            setLeaveTo(null);
            navigate(leaveTo, { force: true });
          }}
          onKeepEditing={() => {
            setLeaveTo(null);
            headingRef.current?.focus();
          }}
        />
      )}
      {message && (
        <div
          ref={summaryRef}
          tabIndex={-1}
          className={message.kind === 'error' ? 'notice notice--error' : 'notice notice--success'}
          role={message.kind === 'error' ? 'alert' : 'status'}
          data-testid="profile-message"
        >
          <p>{message.text}</p>
          {message.kind === 'error' && <FieldProblemList errors={errors} labels={p.profile} />}
        </div>
      )}
      <div className="portal-row">
        <TextField {...text('name')} required autoComplete="organization" maxLength={LIMITS.name} />
        <SelectField
          {...select('type')}
          options={ORGANISATION_TYPES}
          optionLabel={(type) => t.organisationType[type]}
        />
      </div>
      <TextField {...text('description')} multiline maxLength={LIMITS.description} />
      <div className="portal-row">
        <TextField {...contactField('website', 'url')} hint={p.profile.websiteHint} />
        <TextField {...contactField('email', 'email')} />
        <TextField {...contactField('phone', 'tel')} />
      </div>
      <div className="portal-row">
        <TextField {...text('address')} autoComplete="street-address" maxLength={LIMITS.address} />
        <TextField {...text('city')} autoComplete="address-level2" maxLength={LIMITS.city} />
      </div>
      <FieldGroup legend={p.profile.location}>
        <p className="field-hint">{p.profile.locationHint}</p>
        <PlaceSearch
          testId="profile-place-search"
          onOffline={openMap}
          onPick={(place) => {
            setMapPicked(null);
            setValues((v) => ({ ...v, lat: place.lat.toFixed(6), lng: place.lng.toFixed(6) }));
          }}
        />
        <button
          type="button"
          className="button"
          aria-expanded={mapOpen}
          aria-controls={mapId}
          onClick={() => setMapOpen((open) => !open)}
          data-testid="profile-map-toggle"
        >
          {mapOpen ? p.profile.hideMap : p.profile.showMap}
        </button>
        <div id={mapId} hidden={!mapOpen}>
          {mapOpen && (
            <>
              <p className="field-hint">{p.profile.mapHint}</p>
              <LocationMap
                point={point}
                onPick={(point) => {
                  const lat = point.lat.toFixed(6);
                  const lng = point.lng.toFixed(6);
                  setValues((v) => ({ ...v, lat, lng }));
                  setErrors((e) => ({ ...e, lat: undefined, lng: undefined }));
                  setMapPicked(p.profile.mapPicked(lat, lng));
                }}
              />
            </>
          )}
        </div>
        <div role="status" aria-live="polite" data-testid="profile-map-picked">
          {mapPicked && <p className="field-hint">{mapPicked}</p>}
        </div>
        <div className="portal-row">
          <TextField {...text('lat')} inputMode="decimal" />
          <TextField {...text('lng')} inputMode="decimal" />
        </div>
      </FieldGroup>
      <FormActions busy={loading} submit={p.save} submitting={p.saving} />
    </form>
  );
}
