import { useId } from 'react';

import { useT } from '../../../app/i18n/use-t';
import type { CoverageViewProps } from '../hooks/use-municipality-coverage';

interface GapSummaryProps extends CoverageViewProps {
  onlyGaps: boolean;
  onOnlyGaps: (value: boolean) => void;
}

/** The blank spots at a glance: how many, where most, and a filter to show only those schools. */
export function GapSummary({ coverage, label, onlyGaps, onOnlyGaps }: GapSummaryProps) {
  const m = useT().municipality;
  const id = useId();
  // Only the cells whose type applies to the school: n.v.t. is never a gap.
  const cells = coverage.schools.reduce((n, r) => n + r.typesApplicable, 0);
  const gapCells = coverage.totals.reduce((n, t) => n + t.gapSchools, 0);
  const schoolsWithGap = coverage.schools.filter((r) =>
    r.cells.some((c) => c.status === 'GAP'),
  ).length;
  const byType = coverage.totals
    .filter((t) => t.gapSchools > 0)
    .sort((a, b) => b.gapSchools - a.gapSchools);

  return (
    <section className="gap-summary" aria-labelledby={`${id}-heading`} data-testid="gap-summary">
      <h2 id={`${id}-heading`}>
        <span className="gap-summary__mark" aria-hidden="true">
          ✕
        </span>{' '}
        {m.gapsHeading}
      </h2>
      <p>{gapCells === 0 ? m.gapsNone : m.gapsSummary(gapCells, cells, schoolsWithGap)}</p>
      {byType.length > 0 && (
        <ul className="gap-summary__types" aria-label={m.gapsByType}>
          {byType.map((t) => (
            <li key={t.interventionType}>
              {m.gapsOfType(label(t.interventionType), t.gapSchools)}
            </li>
          ))}
        </ul>
      )}
      {gapCells > 0 && (
        <label className="gap-summary__filter">
          <input
            type="checkbox"
            checked={onlyGaps}
            onChange={(e) => onOnlyGaps(e.target.checked)}
          />{' '}
          {m.onlyGaps}
        </label>
      )}
    </section>
  );
}
