import { useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';

import { QueryError } from '../../../app/components/QueryError';
import { useLanguage, useT } from '../../../app/i18n/use-t';
import { OFFERING_DEMAND_QUERY } from '../graphql/offering-demand.query';

const SHOWN = 10;

interface OfferingDemandProps {
  offeringId: string;
  title: string;
  needLabel: (code: string) => string;
}

/**
 * "Waar is uw aanbod het meest nodig": the schools in and just outside the offering's area with
 * an unmet need it could serve, most unmet weighted need first. Loaded when opened.
 */
export function OfferingDemand({ offeringId, title, needLabel }: OfferingDemandProps) {
  const t = useT();
  const { lang } = useLanguage();
  const d = t.portal.demand;
  const id = useId();
  const [open, setOpen] = useState(false);
  const { data, loading, error, refetch } = useQuery(OFFERING_DEMAND_QUERY, {
    variables: { offeringId, first: SHOWN },
    skip: !open,
    fetchPolicy: 'cache-and-network',
  });
  const demand = data?.offeringDemand;
  const number = (x: number) => x.toLocaleString(lang === 'en' ? 'en-GB' : 'nl-NL');
  return (
    <details
      className="portal-demand"
      data-testid="offering-demand"
      onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}
    >
      <summary>
        {d.summary}
        <span className="visually-hidden"> {d.summaryFor(title)}</span>
      </summary>
      <p className="field-hint" id={`${id}-how`}>
        {d.how(demand?.nearKm ?? 5)}
      </p>
      {loading && !data && <p role="status">{d.loading}</p>}
      {error && <QueryError error={error} onRetry={() => void refetch()} />}
      {demand && (
        <>
          <p role="status" data-testid="offering-demand-count">
            {d.count(demand.schoolsInArea, demand.schoolsNearby, demand.schoolYear)}
          </p>
          {demand.schools.length > 0 && (
            <ol className="portal-demand__list" aria-describedby={`${id}-how`}>
              {demand.schools.map((s) => (
                <li key={s.vestigingscode} data-testid="demand-school">
                  <strong>{s.name}</strong>, {s.city}{' '}
                  <span className="portal-muted">
                    {s.inArea ? d.inArea : d.nearby(number(s.distanceKm ?? 0))}
                  </span>
                  <br />
                  {d.unmet(number(s.unmetNeed))}
                  <ul>
                    {s.needs.map((n) => (
                      <li key={n.interventionCode}>
                        {needLabel(n.interventionCode)}:{' '}
                        {n.priority
                          ? d.fromProfile(t.needsProfile.priority[n.priority])
                          : d.estimate}
                        {'; '}
                        {d.met[n.met as keyof typeof d.met] ?? n.met}
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </details>
  );
}
