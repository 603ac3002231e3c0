import { useQuery } from '@apollo/client/react';

import { QueryError } from '../../../app/components/QueryError';
import { useFocusWhen } from '../../../shared/focus/focus-key';
import { useT } from '../../../app/i18n/use-t';
import type { InterventionCode } from '../../../generated/graphql';
import { COVERAGE_CELL_QUERY } from '../graphql/municipality-view.queries';

interface CellDetailProps {
  code: string;
  vestigingscode: string;
  schoolName: string;
  interventionType: string;
  typeLabel: string;
  status: string;
  onClose: () => void;
}

/** The offerings behind one cell, fetched when the cell is opened. */
export function CellDetail(props: CellDetailProps) {
  const t = useT();
  const m = t.municipality;
  const { data, loading, error, refetch } = useQuery(COVERAGE_CELL_QUERY, {
    variables: {
      code: props.code,
      vestigingscode: props.vestigingscode,
      interventionType: props.interventionType as InterventionCode,
    },
  });
  const list = data?.coverageCell ?? [];
  // Shown below the whole matrix: its heading takes the keyboard (and so comes into view).
  const heading = useFocusWhen<HTMLHeadingElement>(true);
  return (
    <section
      className="cell-detail"
      aria-live="polite"
      aria-labelledby="cell-detail-heading"
      data-testid="cell-detail"
    >
      <h3 id="cell-detail-heading" ref={heading} tabIndex={-1}>
        {m.cellDetailHeading(props.schoolName, props.typeLabel)}
      </h3>
      {loading && <p>{t.common.loading}</p>}
      {error && <QueryError error={error} onRetry={() => void refetch()} />}
      {data && list.length === 0 && (
        <p className="cell-detail__empty" data-testid="cell-detail-empty">
          {props.status === 'GAP' ? m.cellDetailGap : m.cellDetailEmpty}
        </p>
      )}
      {list.length > 0 && (
        <ul>
          {list.map((match) => (
            <li key={match.offeringId} data-testid="cell-detail-offering">
              <strong lang="nl">{match.offering.title}</strong> — {match.organisation.name}{' '}
              <span className="cell-detail__tags">
                ({match.matchedArea.kind === 'NATIONAL' ? m.national : m.local}
                {match.scoreParts.verified === 1 ? `, ${m.verified}` : ''})
              </span>
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="button" onClick={props.onClose}>
        {m.cellDetailClose}
      </button>
    </section>
  );
}
