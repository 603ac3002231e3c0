import { useLanguage, useT } from '../../../app/i18n/use-t';
import type { FinderMatch } from '../hooks/use-matches';
import { evidenceLabel, formatCost, formatDate } from '../../../shared/format/format-offering';
import { ReasonList } from './ReasonList';

interface ResultCardProps {
  match: FinderMatch;
  rank: number;
  highlighted: boolean;
  onOpen: () => void;
  /** Hovering or focusing a card shows its coverage on the map; null when it leaves. */
  onHighlight: (offeringId: string | null) => void;
  /** On the shortlist; the star toggles it. */
  starred?: boolean;
  onToggleStar?: () => void;
}

export function ResultCard({
  match,
  rank,
  highlighted,
  onOpen,
  onHighlight,
  starred = false,
  onToggleStar,
}: ResultCardProps) {
  const t = useT();
  const { lang } = useLanguage();
  const { offering, organisation } = match;
  const confirmed = formatDate(offering.lastConfirmedAt ?? organisation.lastConfirmedAt, lang);
  const verified = organisation.status === 'VERIFIED';

  return (
    <li
      className={highlighted ? 'result result--highlighted' : 'result'}
      data-testid="result-card"
      data-offering-id={match.offeringId}
      onMouseEnter={() => onHighlight(match.offeringId)}
      onMouseLeave={() => onHighlight(null)}
      onFocus={() => onHighlight(match.offeringId)}
    >
      <p className="result__rank">
        <span className="visually-hidden">{t.finder.rank(rank)}</span>
        <span aria-hidden="true">{rank}</span>
      </p>
      <div className="result__body">
        <div className="result__head">
          <h3 className="result__title">
            <button type="button" className="link-button" onClick={onOpen}>
              <span lang="nl">{offering.title}</span>
            </button>
          </h3>
          {onToggleStar && (
            <button
              type="button"
              className={starred ? 'star star--on' : 'star'}
              aria-pressed={starred}
              data-testid="star"
              onClick={onToggleStar}
            >
              <span aria-hidden="true">{starred ? '★' : '☆'}</span>
              {/* Text, not aria-label: the name is read out, but is no label of a field. */}
              <span className="visually-hidden">{t.finder.star(offering.title)}</span>
            </button>
          )}
        </div>
        <p className="result__organisation">
          {organisation.name} · {t.organisationType[organisation.type]} · {organisation.city}{' '}
          {verified ? (
            <span className="badge badge--verified">{t.finder.verified}</span>
          ) : (
            <span className="badge">{t.finder.notVerified}</span>
          )}
          {match.full && <span className="badge badge--full">{t.finder.full}</span>}
          {match.isStale && (
            <span className="badge badge--stale" data-testid="stale-flag">
              {t.portal.stale(confirmed)}
            </span>
          )}
        </p>
        <ReasonList reasons={match.reasons} />
        <dl className="facts facts--inline">
          <div>
            <dt>{t.finder.distance}</dt>
            <dd>
              {match.distanceKm != null
                ? t.finder.distanceKm(match.distanceKm)
                : t.finder.noDistance}
            </dd>
          </div>
          <div>
            <dt>{t.finder.cost}</dt>
            <dd>{formatCost(offering.cost, t, lang)}</dd>
          </div>
          <div>
            <dt>{t.finder.evidence}</dt>
            <dd>{evidenceLabel(offering.evidence, t)}</dd>
          </div>
          <div>
            <dt>{t.finder.lastConfirmed}</dt>
            <dd>{confirmed ?? t.finder.neverConfirmed}</dd>
          </div>
        </dl>
      </div>
    </li>
  );
}
