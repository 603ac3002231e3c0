import { useMutation } from '@apollo/client/react';
import { useId, useState } from 'react';

import { useT } from '../../app/i18n/use-t';
import { AppLink } from '../../app/routing/AppLink';
import type { DigestFrequency } from '../../generated/graphql';
import { serverError } from '../../shared/forms/server-errors';
import { useSession } from '../../shared/session/hooks/use-session';
import { SUBSCRIBE_MUNICIPALITY_ALERTS_MUTATION } from './saved-searches.graphql';
import './saved-searches.css';

/** On /gemeente, for the municipality's own officers: new offerings and new gaps by email. */
export function SubscribeMunicipalityAlerts({ code }: { code: string }) {
  const t = useT();
  const s = t.savedSearches;
  const id = useId();
  const { viewer } = useSession();
  const [frequency, setFrequency] = useState<DigestFrequency>('WEEKLY');
  const [subscribe, state] = useMutation(SUBSCRIBE_MUNICIPALITY_ALERTS_MUTATION);
  if (viewer?.role !== 'MUNICIPALITY_OFFICER' || !viewer.municipalityCodes.includes(code)) {
    return null;
  }
  return (
    <form
      className="save-search"
      aria-labelledby={`${id}-h`}
      onSubmit={(event) => {
        event.preventDefault();
        void subscribe({
          variables: { input: { municipalityCode: code, frequency } },
        }).catch(() => undefined);
      }}
    >
      <h2 id={`${id}-h`}>{s.subscribeMunicipality}</h2>
      <fieldset>
        <legend>{s.frequencyLegend}</legend>
        {(['DAILY', 'WEEKLY'] as const).map((f) => (
          <label key={f} className="choice">
            <input
              type="radio"
              name={`${id}-frequency`}
              value={f}
              checked={frequency === f}
              onChange={() => setFrequency(f)}
            />{' '}
            {s.frequency[f]}
          </label>
        ))}
      </fieldset>
      <button type="submit" className="button button--primary" disabled={state.loading}>
        {state.loading ? s.saving : s.saveButton}
      </button>
      <p role="status" aria-live="polite">
        {state.data && (
          <>
            {s.saved} <AppLink href="/mijn-zoekopdrachten">{s.listLink}</AppLink>.
          </>
        )}
      </p>
      {state.error && (
        <p className="notice notice--error" role="alert">
          {serverError(state.error).message}
        </p>
      )}
    </form>
  );
}
