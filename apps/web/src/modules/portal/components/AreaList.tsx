import { useLanguage, useT } from '../../../app/i18n/use-t';
import { areaLabel, type DraftArea } from '../utils/coverage-draft';
import type { FieldProblem } from '../../../shared/forms/server-errors';

interface AreaListProps {
  areas: readonly DraftArea[];
  /** The server's problems per area key, shown next to that area. */
  problems: ReadonlyMap<string, readonly FieldProblem[]>;
  onRemove: (key: string) => void;
}

/** The chosen areas as a list: the text alternative to the map, and where errors appear. */
export function AreaList({ areas, problems, onRemove }: AreaListProps) {
  const t = useT();
  const { lang } = useLanguage();
  const c = t.portal.coverage;
  if (areas.length === 0) {
    return (
      <p className="empty" data-testid="coverage-empty">
        {c.empty}
      </p>
    );
  }
  return (
    <ul className="portal-areas" data-testid="coverage-areas">
      {areas.map((area) => {
        const label = areaLabel(area, c, lang);
        const own = problems.get(area.key) ?? [];
        const errorId = `${area.key}-error`;
        return (
          <li
            key={area.key}
            className={own.length > 0 ? 'portal-area portal-area--invalid' : 'portal-area'}
            data-testid="coverage-area"
            data-kind={area.kind}
          >
            <span className="portal-area__label" id={`${area.key}-label`}>
              {label}
            </span>
            <button
              type="button"
              className="button button--small"
              data-focus-key={`remove-area:${area.key}`}
              aria-label={c.removeLabel(label)}
              aria-describedby={own.length > 0 ? errorId : undefined}
              onClick={() => onRemove(area.key)}
            >
              {c.remove}
            </button>
            {own.length > 0 && (
              <ul id={errorId} className="portal-area__errors" data-testid="coverage-area-error">
                {own.map((p, i) => (
                  <li key={i} className="field-error">
                    {p.field ? `${p.message} (${p.field})` : p.message}
                  </li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ul>
  );
}
