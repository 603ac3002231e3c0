import { useLanguage, useT } from '../../../app/i18n/use-t';
import type { OrganisationNode } from '../hooks/use-organisations';
import { interventionLabel } from '../utils/intervention-labels';
import { DirectoryItem, type ItemSelection } from './DirectoryItem';
import { PartnerDetails } from './PartnerDetails';

interface PartnerItemProps extends ItemSelection {
  organisation: OrganisationNode;
}

export function PartnerItem({ organisation, selected, onToggle }: PartnerItemProps) {
  const t = useT();
  const { lang } = useLanguage();
  const types = organisation.interventionTypes;

  return (
    <DirectoryItem
      kind="partner"
      title={organisation.name}
      meta={`${organisation.city} · ${t.organisationType[organisation.type]}`}
      extra={
        types.length > 0 && (
          <ul className="tags" aria-label={t.partners.offerings}>
            {types.map((type) => (
              <li key={type.code} className="tag">
                {interventionLabel(type, lang)}
              </li>
            ))}
          </ul>
        )
      }
      selected={selected}
      onToggle={onToggle}
      details={() => <PartnerDetails organisation={organisation} />}
    />
  );
}
