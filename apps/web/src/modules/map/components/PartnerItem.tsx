import { useId } from 'react';

import { useScrollIntoView } from '../../../app/hooks/use-scroll-into-view';
import { useLanguage, useT } from '../../../app/i18n/use-t';
import type { OrganisationNode } from '../hooks/use-organisations';
import { interventionLabel, partnerInterventionTypes } from '../utils/intervention-labels';
import { PartnerDetails } from './PartnerDetails';

interface PartnerItemProps {
  organisation: OrganisationNode;
  selected: boolean;
  onToggle: () => void;
}

export function PartnerItem({ organisation, selected, onToggle }: PartnerItemProps) {
  const t = useT();
  const { lang } = useLanguage();
  const detailsId = useId();
  const ref = useScrollIntoView<HTMLLIElement>(selected);
  const types = partnerInterventionTypes(organisation);

  return (
    <li
      ref={ref}
      className={selected ? 'item item--partner item--selected' : 'item item--partner'}
      data-testid="partner-item"
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
            {organisation.name}
          </button>
        </h3>
        <p className="item__meta">
          {organisation.city} · {t.organisationType[organisation.type]}
        </p>
        {types.length > 0 && (
          <ul className="tags" aria-label={t.partners.offerings}>
            {types.map((type) => (
              <li key={type.code} className="tag">
                {interventionLabel(type, lang)}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div id={detailsId} className="item__details" hidden={!selected}>
        {selected && <PartnerDetails organisation={organisation} />}
      </div>
    </li>
  );
}
