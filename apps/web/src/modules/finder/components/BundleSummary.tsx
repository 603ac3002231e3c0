import { useT } from '../../../app/i18n/use-t';
import type { MatchOutcome } from '../hooks/use-matches';

interface BundleSummaryProps {
  outcome: MatchOutcome;
  needLabel: (code: string) => string;
  onOpen: (offeringId: string) => void;
}

/** The smallest set of offerings covering the chosen needs, and what nobody covers. */
export function BundleSummary({ outcome, needLabel, onOpen }: BundleSummaryProps) {
  const t = useT();
  const byId = new Map(outcome.matches.map((m) => [m.offeringId, m]));
  const bundle = outcome.bundle.offeringIds.flatMap((id) => {
    const match = byId.get(id);
    return match ? [match] : [];
  });
  if (bundle.length === 0 && outcome.uncoveredNeeds.length === 0) return null;

  return (
    <section className="bundle" aria-labelledby="bundle-kop" data-testid="bundle">
      <h3 id="bundle-kop">{t.finder.bundleHeading}</h3>
      {bundle.length > 0 && (
        <>
          <p>{t.finder.bundleIntro(bundle.length)}</p>
          <ul className="bundle__list">
            {bundle.map((match) => (
              <li key={match.offeringId}>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => onOpen(match.offeringId)}
                >
                  <span lang="nl">{match.offering.title}</span>
                </button>{' '}
                ({match.organisation.name}) — {t.finder.bundleCovers}{' '}
                {match.needsMet.map(needLabel).join(', ')}
              </li>
            ))}
          </ul>
        </>
      )}
      {outcome.uncoveredNeeds.length > 0 ? (
        <div className="bundle__uncovered" data-testid="uncovered-needs">
          <p>
            <strong>{t.finder.uncovered}</strong> {outcome.uncoveredNeeds.map(needLabel).join(', ')}
            .
          </p>
          <p>{t.finder.uncoveredAdvice}</p>
        </div>
      ) : (
        <p>{t.finder.allCovered}</p>
      )}
    </section>
  );
}
