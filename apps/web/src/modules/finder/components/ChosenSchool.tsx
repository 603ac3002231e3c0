import { useT } from '../../../app/i18n/use-t';
import type { FinderSchool } from '../hooks/use-finder-schools';

export function ChosenSchool({ school, onChange }: { school: FinderSchool; onChange: () => void }) {
  const t = useT();
  return (
    <div className="chosen-school" data-testid="chosen-school">
      <p className="chosen-school__label">{t.finder.schoolChosen}</p>
      <p className="chosen-school__name">{school.name}</p>
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
      <button type="button" className="button button--secondary" onClick={onChange}>
        {t.finder.changeSchool}
      </button>
    </div>
  );
}
