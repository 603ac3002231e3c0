import { useLanguage, useT } from '../../app/i18n/use-t';
import { AppLink } from '../../app/routing/AppLink';
import type { DigestFrequency } from '../../generated/graphql';
import { serverError } from '../../shared/forms/server-errors';
import { BusyButton } from '../forms/BusyButton';

const FREQUENCIES: readonly DigestFrequency[] = ['DAILY', 'WEEKLY'];

/** "Hoe vaak?": daily or weekly, one radio group named after the form (`id`). */
export function FrequencyChoice({
  id,
  value,
  onChange,
}: {
  id: string;
  value: DigestFrequency;
  onChange: (frequency: DigestFrequency) => void;
}) {
  const s = useT().savedSearches;
  return (
    <fieldset>
      <legend>{s.frequencyLegend}</legend>
      {FREQUENCIES.map((f) => (
        <label key={f} className="choice">
          <input
            type="radio"
            name={`${id}-frequency`}
            value={f}
            checked={value === f}
            onChange={() => onChange(f)}
          />{' '}
          {s.frequency[f]}
        </label>
      ))}
    </fieldset>
  );
}

/** The save button, the polite status with the link to the list once saved, and the error. */
export function AlertFormSubmit({
  state,
  statusTestId,
}: {
  state: { loading: boolean; data?: unknown; error?: unknown };
  statusTestId?: string;
}) {
  const s = useT().savedSearches;
  const { lang } = useLanguage();
  return (
    <>
      <BusyButton type="submit" className="button button--primary" busy={state.loading}>
        {state.loading ? s.saving : s.saveButton}
      </BusyButton>
      <p role="status" aria-live="polite" data-testid={statusTestId}>
        {state.data ? (
          <>
            {s.saved} <AppLink href="/mijn-zoekopdrachten">{s.listLink}</AppLink>.
          </>
        ) : null}
      </p>
      {state.error ? (
        <p className="notice notice--error" role="alert">
          {serverError(state.error, lang).message}
        </p>
      ) : null}
    </>
  );
}
