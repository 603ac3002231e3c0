import { useT } from '../../../app/i18n/use-t';
import type { FinderSchool } from '../hooks/use-finder-schools';
import { ChosenCard } from './ChosenCard';

interface ChosenSchoolProps {
  school: FinderSchool;
  onChange: () => void;
  /** Just chosen by the user: move focus here (the search box they used is gone). */
  focusOnMount?: boolean;
}

export function ChosenSchool({ school, onChange, focusOnMount = false }: ChosenSchoolProps) {
  const t = useT();
  return (
    <ChosenCard
      testId="chosen-school"
      label={t.finder.schoolChosen}
      name={school.name}
      changeLabel={t.finder.changeSchool}
      onChange={onChange}
      focusOnMount={focusOnMount}
    >
      <dl className="facts">
        <dt>{t.schools.address}</dt>
        <dd>
          {school.address}, {school.postcode} {school.city}
        </dd>
        <dt>{t.schools.municipality}</dt>
        <dd>{school.municipality.name}</dd>
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
