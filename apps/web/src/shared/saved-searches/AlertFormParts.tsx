import { useLanguage, useT } from '../../app/i18n/use-t';
import { AppLink } from '../../app/routing/AppLink';
import type { DigestFrequency } from '../../generated/graphql';
import { serverError, type ServerErrorInfo } from '../../shared/forms/server-errors';
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

/** A refusal's own words ("already saved: …"), without the API's field name in front. */
function refusal(info: ServerErrorInfo): string {
  return info.fields.length > 0 ? info.fields.map((f) => f.message).join(' ') : info.message;
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
          {refusal(serverError(state.error, lang))}
        </p>
      ) : null}
    </>
  );
}
