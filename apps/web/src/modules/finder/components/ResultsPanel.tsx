import { QueryError } from '../../../app/components/QueryError';
import { SearchField } from '../../../app/components/SearchField';
import { useT } from '../../../app/i18n/use-t';
import type { MatchOutcome } from '../hooks/use-matches';
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
}: ResultsPanelProps) {
  const t = useT();
  const matches = outcome?.matches ?? [];
  // Client-side: narrows the (at most MATCH_LIMIT) matches already returned, see result-filter.
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
              />
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
