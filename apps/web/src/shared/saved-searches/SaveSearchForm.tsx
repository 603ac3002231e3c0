import { useId, useState } from 'react';

import { useMutation } from '../../app/graphql/use-query';
import { useT } from '../../app/i18n/use-t';
import type {
  DigestFrequency,
  InterventionCode,
  MatchPartnersInput,
} from '../../generated/graphql';
import { useSession } from '../../shared/session/hooks/use-session';
import { AlertFormSubmit, FrequencyChoice } from './AlertFormParts';
import { SAVE_SEARCH_MUTATION } from './saved-searches.graphql';
import './saved-searches.css';

/**
 * "Bewaar deze zoekopdracht" in the finder, for the school's own staff: the chosen school,
 * needs, groep range, target groups and filters, and how often to be mailed. Uses the finder's
 * light client.
 */
export function SaveSearchForm({
  school: code,
  needs,
  query,
}: {
  school: string;
  needs: InterventionCode[];
  /** The finder's match input: the search is saved with its groepen, target groups and filters. */
  query: Pick<MatchPartnersInput, 'groepMin' | 'groepMax' | 'targetGroups' | 'filters'>;
}) {
  const t = useT();
  const s = t.savedSearches;
  const id = useId();
  const { viewer } = useSession();
  const [frequency, setFrequency] = useState<DigestFrequency>('WEEKLY');
  const [save, state] = useMutation(SAVE_SEARCH_MUTATION);
  // What the last press saved: its "saved" (or refusal) stands only while the finder still shows
  // that search; another need, filter or frequency is a search not saved yet.
  const current = JSON.stringify([
    code,
    needs,
    query.groepMin,
    query.groepMax,
    query.targetGroups,
    query.filters,
    frequency,
  ]);
  const [sent, setSent] = useState<string | null>(null);
  if (!viewer || viewer.role !== 'SCHOOL_STAFF' || !viewer.schoolCodes.includes(code)) {
    return null;
  }

  function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    setSent(current);
    void save({
      variables: {
        input: {
          vestigingscode: code,
          needs,
          groepMin: query.groepMin ?? null,
          groepMax: query.groepMax ?? null,
          targetGroups: query.targetGroups ?? null,
          filters: query.filters,
          frequency,
        },
      },
    }).catch(() => undefined);
  }

  return (
    <form className="save-search" aria-labelledby={`${id}-h`} onSubmit={onSubmit}>
      <h2 id={`${id}-h`} className="step-heading">
        {s.saveHeading}
      </h2>
      <p>{s.saveIntro}</p>
      <FrequencyChoice id={id} value={frequency} onChange={setFrequency} />
      <AlertFormSubmit
        state={sent === current ? state : { loading: state.loading }}
        statusTestId="save-search-status"
      />
    </form>
  );
}
