import { useT } from '../../../app/i18n/use-t';
import { SchoolPlaceFacts } from '../../../shared/schools/SchoolPlaceFacts';
import type { FinderSchool } from '../hooks/use-finder-schools';
import { ChosenCard, type ChosenActions } from './ChosenCard';

interface ChosenSchoolProps extends ChosenActions {
  school: FinderSchool;
}

export function ChosenSchool({ school, ...actions }: ChosenSchoolProps) {
  const t = useT();
  return (
    <ChosenCard
      testId="chosen-school"
      label={t.finder.schoolChosen}
      name={school.name}
      changeLabel={t.finder.changeSchool}
      {...actions}
    >
      <dl className="facts">
        <SchoolPlaceFacts school={school} />
        <dt>{t.finder.schoolKind}</dt>
        <dd>
          {t.sector[school.sector]} ({school.schoolType})
        </dd>
        <dt>{t.schools.code}</dt>
        <dd>{school.vestigingscode}</dd>
      </dl>
    </ChosenCard>
  );
}
