import { useId } from 'react';

import { useScrollIntoView } from '../../../app/hooks/use-scroll-into-view';
import { useT } from '../../../app/i18n/use-t';
import type { SchoolNode } from '../hooks/use-schools';

interface SchoolItemProps {
  school: SchoolNode;
  selected: boolean;
  onToggle: () => void;
}

export function SchoolItem({ school, selected, onToggle }: SchoolItemProps) {
  const t = useT();
  const detailsId = useId();
  const ref = useScrollIntoView<HTMLLIElement>(selected);

  return (
    <li
      ref={ref}
      className={selected ? 'item item--school item--selected' : 'item item--school'}
      data-testid="school-item"
    >
      <div className="item__summary">
        <h3 className="item__title">
          <button
            type="button"
            className="item__button"
            aria-expanded={selected}
            aria-controls={detailsId}
            onClick={onToggle}
          >
            {school.name}
          </button>
        </h3>
        <p className="item__meta">
          {school.city} · {t.sector[school.sector]} ({school.schoolType})
        </p>
      </div>
      <div id={detailsId} className="item__details" hidden={!selected}>
        {selected && (
          <dl>
            <dt>{t.schools.address}</dt>
            <dd>
              {school.address}, {school.postcode} {school.city}
            </dd>
            <dt>{t.schools.municipality}</dt>
            <dd>{school.municipality.name}</dd>
            <dt>{t.schools.code}</dt>
            <dd>{school.vestigingscode}</dd>
          </dl>
        )}
      </div>
    </li>
  );
}
