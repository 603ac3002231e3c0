import { useT } from '../../../app/i18n/use-t';
import { AppLink } from '../../../app/routing/AppLink';
import { SchoolPlaceFacts } from '../../../shared/schools/SchoolPlaceFacts';
import type { SchoolNode } from '../hooks/use-schools';
import { DirectoryItem, type ItemSelection } from './DirectoryItem';

interface SchoolItemProps extends ItemSelection {
  school: SchoolNode;
}

export function SchoolItem({ school, selected, onToggle }: SchoolItemProps) {
  const t = useT();
  return (
    <DirectoryItem
      kind="school"
      title={school.name}
      meta={`${school.city} · ${t.sector[school.sector]} (${school.schoolType})`}
      selected={selected}
      onToggle={onToggle}
      details={() => (
        <dl>
          <SchoolPlaceFacts school={school} />
          <dt>{t.schools.code}</dt>
          <dd>{school.vestigingscode}</dd>
          <dt>{t.schoolPage.moreLabel}</dt>
          <dd>
            <AppLink href={`/school?code=${encodeURIComponent(school.vestigingscode)}`}>
              {t.schoolPage.pageLink(school.name)}
            </AppLink>
          </dd>
        </dl>
      )}
    />
  );
}
