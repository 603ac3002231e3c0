import { useId } from 'react';

import { QueryError } from '../../../app/components/QueryError';
import { SearchField } from '../../../app/components/SearchField';
import { useT } from '../../../app/i18n/use-t';
import type { MatchOutcome } from '../hooks/use-matches';
import { SORTS, type FinderSort } from '../../../shared/finder-state/finder-state';
import { filterMatches } from '../utils/result-filter';
import { BundleSummary } from './BundleSummary';
import { ResultCard } from './ResultCard';

interface ResultsPanelProps {
  outcome: MatchOutcome | undefined;
  loading: boolean;
  error: { message: string } | undefined;
  onRetry: () => void;
  hasNeeds: boolean;
  hasConditions: boolean;
  onResetConditions: () => void;
  highlighted: string | null;
  /** The free text narrowing the list (kept in the URL). */
  term: string;
  onTermChange: (term: string) => void;
  needLabel: (code: string) => string;
  onOpen: (offeringId: string) => void;
  onHighlight: (offeringId: string | null) => void;
  sort: FinderSort;
  onSortChange: (sort: FinderSort) => void;
  shortlist: readonly string[];
  onToggleStar: (offeringId: string) => void;
}

export function ResultsPanel({
  outcome,
  loading,
  error,
  onRetry,
  hasNeeds,
  hasConditions,
  onResetConditions,
  highlighted,
  term,
  onTermChange,
  needLabel,
  onOpen,
  onHighlight,
  sort,
  onSortChange,
  shortlist,
  onToggleStar,
}: ResultsPanelProps) {
  const t = useT();
  const id = useId();
  const matches = outcome?.matches ?? [];
  // The API orders and narrows by language over all matches; the text filter narrows the
  // loaded ones as the school leader types (see result-filter).
  const visible = filterMatches(matches, term, needLabel);

  return (
    <div className="results" aria-busy={loading}>
      <p className="result-count" role="status" data-testid="result-status">
        {loading && !outcome
          ? t.finder.searching
          : outcome
            ? t.finder.count(visible.length, outcome.totalMatches)
            : ''}
      </p>
      {error && <QueryError error={error} onRetry={onRetry} />}
      {outcome && outcome.totalMatches === 0 && (
        <div className="notice notice--empty" data-testid="results-empty">
          <p>{hasConditions ? t.finder.emptyWithFilters : t.finder.empty}</p>
          {hasConditions && (
            <button type="button" className="button" onClick={onResetConditions}>
              {t.finder.resetFilters}
            </button>
          )}
        </div>
      )}
      {outcome && hasNeeds && (
        <BundleSummary outcome={outcome} needLabel={needLabel} onOpen={onOpen} />
      )}
      {matches.length > 0 && (
        <>
          <SearchField
            label={t.finder.textFilterLabel}
            hint={t.finder.textFilterHint}
            value={term}
            onChange={onTermChange}
          />
          <div className="inline-field result-sort">
            <label htmlFor={`${id}-sort`}>{t.finder.sortLabel}</label>
            <select
              id={`${id}-sort`}
              data-testid="result-sort"
              value={sort}
              onChange={(event) =>
                onSortChange(SORTS.find((s) => s === event.target.value) ?? 'relevantie')
              }
            >
              {SORTS.map((choice) => (
                <option key={choice} value={choice}>
                  {t.finder.sort[choice]}
                </option>
              ))}
            </select>
          </div>
          {visible.length === 0 && <p className="empty">{t.finder.textFilterNone}</p>}
          <ol className="result-list" data-testid="result-list">
            {visible.map((match) => (
              <ResultCard
                key={match.offeringId}
                match={match}
                rank={matches.indexOf(match) + 1}
                highlighted={highlighted === match.offeringId}
                onOpen={() => onOpen(match.offeringId)}
                onHighlight={onHighlight}
                starred={shortlist.includes(match.offeringId)}
                onToggleStar={() => onToggleStar(match.offeringId)}
              />
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
