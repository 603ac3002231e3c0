import { useState } from 'react';
import { GeoJSON } from 'react-leaflet';
import type { GeoJsonObject } from 'geojson';

import { useT } from '../../../app/i18n/use-t';
import { BaseMap, LegendItem, useAppMapTiles } from '../../../shared/map/components/BaseMap';
import { ListedCircleMarker } from '../../../shared/map/components/ListedCircleMarker';
import type { InterventionCode } from '../../../generated/graphql';
import type { CoverageViewProps } from '../hooks/use-municipality-coverage';
import { useOfferingAreas } from '../hooks/use-offering-areas';
import {
  COUNT_BUCKETS,
  STATUS_COLOUR,
  countColour,
  municipalityMapBounds,
} from '../utils/coverage-colours';
import { OfferingAreasLayer } from './OfferingAreasLayer';
import { OfferingAreasList } from './OfferingAreasList';

interface CoverageMapProps extends CoverageViewProps {
  /** 'COUNT' or an intervention code. */
  mode: string;
  onMode: (mode: string) => void;
}

/** The municipality's outline with its schools coloured by coverage; the table is the list. */
export function CoverageMap({ coverage, label, mode, onMode }: CoverageMapProps) {
  const t = useT();
  const m = t.municipality;
  // No tile notice here: the coloured schools and the table carry the meaning.
  const tiles = useAppMapTiles();
  const [showAreas, setShowAreas] = useState(false);
  const [marked, setMarked] = useState<string | null>(null);
  const municipality = coverage.municipality;
  const typeIndex = coverage.interventionCodes.indexOf(mode as never);
  const bounds = municipalityMapBounds(coverage);
  const areaType = typeIndex >= 0 ? (mode as InterventionCode) : null;
  const offeringAreas = useOfferingAreas(municipality.code, coverage.sector, areaType, showAreas);
  const areaOfferings = offeringAreas.areas?.offerings;
  const markedOffering = areaOfferings?.find((o) => o.offeringId === marked);

  return (
    <section className="coverage-map" aria-labelledby="coverage-map-heading">
      <h2 id="coverage-map-heading">{m.mapHeading}</h2>
      <div className="coverage-map__controls">
        <label htmlFor="coverage-map-mode">{m.mapModeLabel}</label>
        <select id="coverage-map-mode" value={mode} onChange={(e) => onMode(e.target.value)}>
          <option value="COUNT">{m.mapModeCount}</option>
          {coverage.interventionCodes.map((code) => (
            <option key={code} value={code}>
              {m.mapModeType(label(code))}
            </option>
          ))}
        </select>
        <label className="coverage-map__toggle">
          <input
            type="checkbox"
            checked={showAreas}
            onChange={(e) => setShowAreas(e.target.checked)}
          />
          {m.areasToggle}
        </label>
      </div>
      <p className="coverage-map__status" aria-live="polite" data-testid="map-mode-status">
        {typeIndex >= 0
          ? m.mapGapCount(
              label(mode),
              coverage.totals[typeIndex].gapSchools,
              coverage.schools.length - coverage.totals[typeIndex].notApplicableSchools,
            )
          : ''}
      </p>
      {!municipality.hasBoundary && <p className="notice">{m.mapNoBoundary}</p>}
      <div className="coverage-map__frame">
        <BaseMap
          key={`${municipality.code}:${coverage.sector ?? ''}`}
          view={{ bounds }}
          label={m.mapLabel(municipality.name)}
          testId="municipality-map"
          tiles={tiles}
        >
          {showAreas && areaOfferings && (
            <OfferingAreasLayer offerings={areaOfferings} marked={markedOffering} />
          )}
          {municipality.boundary != null && (
            <GeoJSON
              key={municipality.code}
              data={municipality.boundary as GeoJsonObject}
              style={{ color: '#1f4e79', weight: 2, fillOpacity: 0.05 }}
              interactive={false}
            />
          )}
          {coverage.schools.map((school) => {
            const cell = typeIndex >= 0 ? school.cells[typeIndex] : undefined;
            const colour = cell
              ? STATUS_COLOUR[cell.status]
              : countColour(school.typesCoveredLocally);
            const text = cell
              ? `${school.name}: ${statusText(cell.status, m)}`
              : m.schoolTooltip(school.name, school.typesCoveredLocally, school.typesApplicable);
            return (
              <ListedCircleMarker
                key={school.vestigingscode}
                lat={school.location.lat}
                lng={school.location.lng}
                radius={8}
                pathOptions={{ color: '#222', weight: 1, fillColor: colour, fillOpacity: 0.9 }}
                label={text}
              />
            );
          })}
        </BaseMap>
      </div>
      <div className="map-legend coverage-map__legend">
        <h3 className="visually-hidden">{t.map.legendLabel}</h3>
        <ul>
          {typeIndex >= 0
            ? (['GAP', 'ONLY_NATIONAL', 'LOCAL', 'NOT_APPLICABLE'] as const).map((status) => (
                <li key={status}>
                  <span
                    className="legend-swatch"
                    style={{ background: STATUS_COLOUR[status] }}
                    aria-hidden="true"
                  />
                  {statusText(status, m)}
                </li>
              ))
            : COUNT_BUCKETS.map((b) => (
                <li key={b.from}>
                  <span
                    className="legend-swatch"
                    style={{ background: b.colour }}
                    aria-hidden="true"
                  />
                  {m.legendCount(b.from, b.to)}
                </li>
              ))}
          {showAreas && <LegendItem symbol="coverage">{m.legendArea}</LegendItem>}
          {showAreas && markedOffering && <LegendItem symbol="marked">{m.legendMarked}</LegendItem>}
        </ul>
        <p className="coverage-map__hint">{m.mapListHint}</p>
      </div>
      {showAreas && (
        <OfferingAreasList
          areas={offeringAreas.areas}
          loading={offeringAreas.loading}
          error={offeringAreas.error}
          onRetry={offeringAreas.refetch}
          typeLabel={areaType ? label(areaType) : null}
          schools={coverage.schools.length}
          hasOutline={municipality.hasBoundary}
          marked={markedOffering ? markedOffering.offeringId : null}
          onMark={setMarked}
        />
      )}
    </section>
  );
}

function statusText(
  status: 'GAP' | 'ONLY_NATIONAL' | 'LOCAL' | 'NOT_APPLICABLE',
  m: {
    statusGap: string;
    statusOnlyNational: string;
    statusLocal: string;
    statusNotApplicable: string;
  },
): string {
  return status === 'GAP'
    ? m.statusGap
    : status === 'ONLY_NATIONAL'
      ? m.statusOnlyNational
      : status === 'LOCAL'
        ? m.statusLocal
        : m.statusNotApplicable;
}
