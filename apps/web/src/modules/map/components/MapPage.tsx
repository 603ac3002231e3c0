import { useState } from 'react';

import { useDebouncedValue } from '../../../app/hooks/use-debounced-value';
import { useDocumentTitle } from '../../../app/hooks/use-document-title';
import { useT } from '../../../app/i18n/use-t';
import { useAppInfo } from '../../../shared/app-info/hooks/use-app-info';
import { useOrganisations } from '../hooks/use-organisations';
import { useSchools } from '../hooks/use-schools';
import { useSchoolPoints } from '../../../shared/map/hooks/use-school-points';
import { isSelected, type Selection } from '../utils/selection';
import { DirectoryMap } from './DirectoryMap';
import { DirectorySection } from './DirectorySection';
import { PartnerItem } from './PartnerItem';
import { SchoolItem } from './SchoolItem';

export function MapPage() {
  const t = useT();
  useDocumentTitle(`${t.map.pageTitle} — ${t.appName}`);

  const [schoolSearch, setSchoolSearch] = useState('');
  const [partnerSearch, setPartnerSearch] = useState('');
  const [selection, setSelection] = useState<Selection>(null);

  const { appInfo, error: appInfoError } = useAppInfo();
  const schools = useSchools(useDebouncedValue(schoolSearch));
  const partners = useOrganisations(useDebouncedValue(partnerSearch));
  const points = useSchoolPoints();

  // With every school on the map as a dot, markers are for search results and the selection.
  const markerSchools =
    !points.points || schoolSearch.trim() !== ''
      ? schools.items
      : schools.items.filter((s) => isSelected(selection, 'school', s.vestigingscode));
  // A dot picked on the map: select it and show it in the list, with its details.
  const pickSchoolPoint = (vestigingscode: string) => {
    if (isSelected(selection, 'school', vestigingscode)) {
      setSelection(null);
      return;
    }
    setSelection({ kind: 'school', id: vestigingscode });
    setSchoolSearch(vestigingscode);
  };

  return (
    <div className="map-page">
      <h1 className="visually-hidden">{t.map.pageTitle}</h1>
      <a className="skip-link skip-link--inline" href="#lijst">
        {t.skipToList}
      </a>
      <DirectoryMap
        mapSettings={appInfo?.map}
        mapSettingsFailed={appInfoError !== undefined}
        schools={markerSchools}
        schoolPoints={points.points}
        schoolPointsFailed={points.error !== undefined}
        onPickSchoolPoint={pickSchoolPoint}
        organisations={partners.items}
        selection={selection}
        onSelect={setSelection}
      />
      <div
        id="lijst"
        className="side-panel"
        tabIndex={-1}
        aria-label={t.map.listLabel}
        role="region"
      >
        <DirectorySection
          kind="school"
          headingId="scholen-kop"
          texts={t.schools}
          result={schools}
          search={schoolSearch}
          onSearchChange={setSchoolSearch}
          idOf={(school) => school.vestigingscode}
          selection={selection}
          onSelect={setSelection}
        >
          {(school, selected, onToggle) => (
            <SchoolItem school={school} selected={selected} onToggle={onToggle} />
          )}
        </DirectorySection>
        <DirectorySection
          kind="partner"
          headingId="partners-kop"
          texts={t.partners}
          result={partners}
          search={partnerSearch}
          onSearchChange={setPartnerSearch}
          idOf={(organisation) => organisation.id}
          selection={selection}
          onSelect={setSelection}
        >
          {(organisation, selected, onToggle) => (
            <PartnerItem organisation={organisation} selected={selected} onToggle={onToggle} />
          )}
        </DirectorySection>
      </div>
    </div>
  );
}
