import { QueryError } from '../../../app/components/QueryError';
import { useT } from '../../../app/i18n/use-t';
import { provinceWide, type LocalArea, type OfferingAreas } from '../utils/offering-areas';

interface OfferingAreasListProps {
  areas: OfferingAreas | undefined;
  loading: boolean;
  error: { message: string } | undefined;
  onRetry: () => void;
  /** The chosen intervention type in words, or null for all types. */
  typeLabel: string | null;
  schools: number;
  /** The municipality's outline is known, so its own area can be drawn and marked. */
  hasOutline: boolean;
  marked: string | null;
  onMark: (offeringId: string | null) => void;
}

/** The list alternative to the coverage layer: every offering drawn, with its areas in words. */
export function OfferingAreasList({
  areas,
  loading,
  error,
  onRetry,
  typeLabel,
  schools,
  hasOutline,
  marked,
  onMark,
}: OfferingAreasListProps) {
  const t = useT();
  const m = t.municipality;
  const offerings = areas?.offerings ?? [];
  const status = loading
    ? m.areasLoading
    : !areas
      ? ''
      : areas.totalCount === 0
        ? m.areasNone(typeLabel)
        : m.areasCount(areas.totalCount, typeLabel);

  const areaText = (area: LocalArea): string => {
    switch (area.kind) {
      case 'PROVINCE':
        return `${t.coverage.PROVINCE(area.regionName ?? area.provinceCode ?? '')} (${m.areasProvinceWide})`;
      case 'MUNICIPALITY':
        return t.coverage.MUNICIPALITY(area.regionName ?? area.municipalityCode ?? '');
      case 'RADIUS':
        return t.coverage.RADIUS(area.radiusKm ?? 0);
      case 'POLYGON':
        return t.coverage.POLYGON();
      default:
        return t.coverage.NATIONAL();
    }
  };

  return (
    <section
      className="offering-areas"
      aria-labelledby="offering-areas-heading"
      data-testid="offering-areas"
    >
      <h3 id="offering-areas-heading">{m.areasHeading(typeLabel)}</h3>
      <p className="offering-areas__intro">{m.areasIntro}</p>
      <p aria-live="polite" data-testid="offering-areas-status">
        {status}
      </p>
      {error && <QueryError error={error} onRetry={onRetry} />}
      {areas && (
        <>
          {areas.totalCount > offerings.length && (
            <p>{m.areasTruncated(offerings.length, areas.totalCount)}</p>
          )}
          {provinceWide(offerings).map((p) => (
            <p key={p.code} className="offering-areas__note" data-testid="offering-areas-province">
              {m.areasProvince(p.offerings, p.name)}
            </p>
          ))}
          {areas.nationalOnlyCount > 0 && (
            <p className="offering-areas__note" data-testid="offering-areas-national">
              {m.areasNational(areas.nationalOnlyCount)}
            </p>
          )}
          {offerings.length > 0 && (
            <ul className="offering-areas__list" aria-label={m.areasListLabel}>
              {offerings.map((o) => {
                const isMarked = marked === o.offeringId;
                // Only an offering with a shape on the map can be marked there.
                const onMap = o.areas.some(
                  (a) =>
                    a.kind === 'RADIUS' ||
                    a.kind === 'POLYGON' ||
                    (a.kind === 'MUNICIPALITY' && hasOutline),
                );
                return (
                  <li
                    key={o.offeringId}
                    className={`offering-areas__item${isMarked ? ' offering-areas__item--marked' : ''}`}
                    data-testid="offering-area-item"
                    data-offering={o.offeringId}
                  >
                    <div className="offering-areas__head">
                      <span className="offering-areas__title" lang="nl">
                        {o.title}
                      </span>
                      {onMap && (
                        <button
                          type="button"
                          className="button button--secondary offering-areas__mark"
                          aria-pressed={isMarked}
                          aria-label={`${m.areasMark}: ${o.title}`}
                          onClick={() => onMark(isMarked ? null : o.offeringId)}
                        >
                          {m.areasMark}
                        </button>
                      )}
                    </div>
                    <p className="offering-areas__meta">
                      {o.organisationName}
                      {o.verified ? ` · ${m.verified}` : ''} ·{' '}
                      {m.areasReach(o.schoolsReached, schools)}
                    </p>
                    <ul className="offering-areas__areas">
                      {o.areas.map((area) => (
                        <li key={area.id} data-kind={area.kind}>
                          {areaText(area)}
                        </li>
                      ))}
                      {o.alsoNational && <li data-kind="NATIONAL">{m.areasAlsoNational}</li>}
                    </ul>
                  </li>
                );
              })}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
