import { useMutation } from '@apollo/client/react';
import { useId, useState } from 'react';

import { useT } from '../../app/i18n/use-t';
import type { DigestFrequency } from '../../generated/graphql';
import { useSession } from '../../shared/session/hooks/use-session';
import { AlertFormSubmit, FrequencyChoice } from './AlertFormParts';
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
      <FrequencyChoice id={id} value={frequency} onChange={setFrequency} />
      <AlertFormSubmit state={state} />
    </form>
  );
}
