import { useT } from '../../../app/i18n/use-t';
import type { AppInfo } from '../../../shared/app-info/hooks/use-app-info';
import type { SchoolPoint } from '../../../shared/map/hooks/use-school-points';
import { usePartnerOfferings, type OrganisationNode } from '../hooks/use-organisations';
import type { SchoolNode } from '../hooks/use-schools';
import { NETHERLANDS_BOUNDS } from '../../../shared/map/utils/geo';
import { isSelected, toggledSelection, type Selection } from '../utils/selection';
import { CoverageShapes } from './CoverageShapes';
import { BaseMap, TileNotice, useMapTiles } from '../../../shared/map/components/BaseMap';
import { MapLegend } from './MapLegend';
import { SchoolPointsLayer } from '../../../shared/map/components/SchoolPointsLayer';
import { SelectableMarker } from '../../../shared/map/components/SelectableMarker';
import { SelectionFocus } from './SelectionFocus';

interface MarkerItem {
  kind: 'school' | 'partner';
  id: string;
  place: { name: string; location: { lat: number; lng: number } };
}

interface DirectoryMapProps {
  mapSettings: AppInfo['map'] | undefined;
  mapSettingsFailed: boolean;
  /** Schools drawn as markers (search results, the selection). */
  schools: SchoolNode[];
  /** Every school as a dot (undefined while loading or when it failed). */
  schoolPoints: readonly SchoolPoint[] | undefined;
  schoolPointsFailed: boolean;
  onPickSchoolPoint: (vestigingscode: string) => void;
  organisations: OrganisationNode[];
  selection: Selection;
  onSelect: (selection: Selection) => void;
}

export function DirectoryMap({
  mapSettings,
  mapSettingsFailed,
  schools,
  schoolPoints,
  schoolPointsFailed,
  onPickSchoolPoint,
  organisations,
  selection,
  onSelect,
}: DirectoryMapProps) {
  const t = useT();
  const tiles = useMapTiles(mapSettings, mapSettingsFailed);

  const selectedSchool =
    selection?.kind === 'school'
      ? schools.find((s) => s.vestigingscode === selection.id)
      : undefined;
  // A dot picked on the map may not be among the listed schools (yet): focus on the dot.
  const selectedPoint =
    selection?.kind === 'school' && !selectedSchool
      ? schoolPoints?.find((p) => p.vestigingscode === selection.id)
      : undefined;
  const selectedPartner =
    selection?.kind === 'partner' ? organisations.find((o) => o.id === selection.id) : undefined;
  const selectionKey = selection ? `${selection.kind}:${selection.id}` : null;
  const { offerings: partnerOfferings } = usePartnerOfferings(selectedPartner?.id ?? null);

  // Toggle: choosing the selected item again clears the selection, as in the list.
  const choose = (next: NonNullable<Selection>) => onSelect(toggledSelection(selection, next));
  // Listed schools, then partners with a location: one selectable marker each.
  const markers: MarkerItem[] = [
    ...schools.map((s) => ({ kind: 'school' as const, id: s.vestigingscode, place: s })),
    ...organisations.flatMap((o) =>
      o.location
        ? [{ kind: 'partner' as const, id: o.id, place: { name: o.name, location: o.location } }]
        : [],
    ),
  ];

  return (
    <div className="map-area" data-school-points={schoolPoints?.length}>
      <BaseMap
        view={{ bounds: NETHERLANDS_BOUNDS }}
        label={t.map.regionLabel}
        testId="map"
        tiles={tiles}
      >
        {selectedPartner && partnerOfferings && (
          <CoverageShapes organisation={selectedPartner} offerings={partnerOfferings} />
        )}
        {schoolPoints && <SchoolPointsLayer points={schoolPoints} onSelect={onPickSchoolPoint} />}
        {markers.map(({ kind, id, place }) => (
          <SelectableMarker
            key={`${kind}:${id}`}
            kind={kind}
            lat={place.location.lat}
            lng={place.location.lng}
            label={place.name}
            selected={isSelected(selection, kind, id)}
            onSelect={() => choose({ kind, id })}
          />
        ))}
        <SelectionFocus
          selectionKey={selectionKey}
          school={
            selectedSchool ??
            (selectedPoint && { location: { lat: selectedPoint.lat, lng: selectedPoint.lng } })
          }
          partner={selectedPartner}
          partnerOfferings={partnerOfferings}
        />
      </BaseMap>
      <MapLegend showCoverage={selectedPartner !== undefined} />
      <TileNotice show={tiles.showNotice}>
        {schoolPointsFailed && <p className="tile-notice">{t.overviewMap.schoolPointsFailed}</p>}
      </TileNotice>
      <p role="status" className="visually-hidden" data-testid="school-points-status">
        {schoolPoints
          ? t.overviewMap.allSchoolsOnMap(schoolPoints.length)
          : schoolPointsFailed
            ? ''
            : t.overviewMap.loadingSchoolPoints}
      </p>
    </div>
  );
}
