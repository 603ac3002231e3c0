import { useEffect, useRef } from 'react';

import { useT } from '../../../app/i18n/use-t';
import type { FinderSchool } from '../hooks/use-finder-schools';

interface ChosenSchoolProps {
  school: FinderSchool;
  onChange: () => void;
  /** Just chosen by the user: move focus here (the search box they used is gone). */
  focusOnMount?: boolean;
}

export function ChosenSchool({ school, onChange, focusOnMount = false }: ChosenSchoolProps) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(
    function focusChosenSchool() {
      if (focusOnMount) ref.current?.focus();
    },
    [focusOnMount],
  );
  return (
    <div
      ref={ref}
      className="chosen-school"
      data-testid="chosen-school"
      tabIndex={-1}
      role="group"
      aria-labelledby="gekozen-school-naam"
    >
      <p className="chosen-school__label">{t.finder.schoolChosen}</p>
      <p className="chosen-school__name" id="gekozen-school-naam">
        {school.name}
      </p>
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
