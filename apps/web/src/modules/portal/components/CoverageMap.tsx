import { useQuery } from '@apollo/client/react';
import { geoJSON, latLng, latLngBounds, type LatLngBounds, type PathOptions } from 'leaflet';
import { useEffect } from 'react';
import { Circle, CircleMarker, GeoJSON, useMap, useMapEvents } from 'react-leaflet';

import { useT } from '../../../app/i18n/use-t';
import { MUNICIPALITY_BOUNDARY_QUERY } from '../../../shared/regions/graphql/municipality-boundary.query';
import { PROVINCE_BOUNDARY_QUERY } from '../../../shared/regions/graphql/province-boundary.query';
import { BaseMap, TileNotice, useAppMapTiles } from '../../../shared/map/components/BaseMap';
import { isAreaGeometry, NETHERLANDS_BOUNDS } from '../../../shared/map/utils/geo';
import { COVERAGE_STYLE } from '../../../shared/map/utils/marker-styles';
import type { DraftArea, LatLng } from '../utils/coverage-draft';
import { PROVINCES_QUERY } from '../../../shared/regions/graphql/provinces.query';
import { PolygonDrawLayer } from './PolygonDrawLayer';

const INVALID_STYLE = { ...COVERAGE_STYLE, color: '#b91c1c', fillColor: '#b91c1c' };
// Orientation only: thin lines under the areas, not to be mistaken for them.
const PROVINCE_OUTLINE = { color: '#6b7280', weight: 1.5, fill: false, dashArray: '4 4' };
const REACHED_OUTLINE = { color: '#0f766e', weight: 1, fillOpacity: 0.04 };
const POINT_STYLE = { color: '#1e3a8a', fillColor: '#1d4ed8', fillOpacity: 1 };

/** The boundary of a province or a municipality, drawn (not clickable) in the given style. */
function Outline({
  code,
  kind,
  style,
}: {
  code: string;
  kind: 'province' | 'municipality';
  style: PathOptions;
}) {
  const province = useQuery(PROVINCE_BOUNDARY_QUERY, {
    variables: { code },
    skip: kind !== 'province',
  });
  const municipality = useQuery(MUNICIPALITY_BOUNDARY_QUERY, {
    variables: { code },
    skip: kind !== 'municipality',
  });
  const boundary =
    kind === 'province'
      ? province.data?.province.boundary
      : municipality.data?.municipality.boundary;
  if (!isAreaGeometry(boundary)) return null;
  return <GeoJSON data={boundary} style={style} interactive={false} />;
}

/** Province borders and the municipalities the draft reaches (at most 30), for orientation; also
 * under the organisation's location map, where no background map may load. */
export function OrientationOutlines({ reached }: { reached: readonly string[] }) {
  const { data } = useQuery(PROVINCES_QUERY);
  return (
    <>
      {data?.provinces.map((p) => (
        <Outline key={p.code} code={p.code} kind="province" style={PROVINCE_OUTLINE} />
      ))}
      {reached.slice(0, 30).map((code) => (
        <Outline key={code} code={code} kind="municipality" style={REACHED_OUTLINE} />
      ))}
    </>
  );
}

function AreaShape({ area, invalid }: { area: DraftArea; invalid: boolean }) {
  const style = invalid ? INVALID_STYLE : COVERAGE_STYLE;
  switch (area.kind) {
    case 'RADIUS':
      return (
        <Circle
          center={[area.center.lat, area.center.lng]}
          radius={area.radiusKm * 1000}
          pathOptions={style}
          interactive={false}
        />
      );
    case 'POLYGON':
      // Only what really is a (Multi)Polygon is drawn; a broken upload is in the list only.
      return isAreaGeometry(area.geometry) && safeBounds(area.geometry) ? (
        <GeoJSON data={area.geometry} style={style} interactive={false} />
      ) : null;
    case 'MUNICIPALITY':
      return <Outline code={area.code} kind="municipality" style={COVERAGE_STYLE} />;
    case 'PROVINCE':
      return <Outline code={area.code} kind="province" style={COVERAGE_STYLE} />;
    default:
      return null;
  }
}

function safeBounds(geometry: Parameters<typeof geoJSON>[0]): LatLngBounds | null {
  try {
    const bounds = geoJSON(geometry).getBounds();
    return bounds.isValid() ? bounds : null;
  } catch {
    return null;
  }
}

/** Fits the map to the drawable areas once, when the editor opens. */
function FitOnOpen({ areas }: { areas: readonly DraftArea[] }) {
  const map = useMap();
  useEffect(
    function fitOnce() {
      let bounds: LatLngBounds | null = null;
      for (const area of areas) {
        const next =
          area.kind === 'RADIUS'
            ? latLng(area.center.lat, area.center.lng).toBounds(area.radiusKm * 2000)
            : area.kind === 'POLYGON' && isAreaGeometry(area.geometry)
              ? safeBounds(area.geometry)
              : null;
        if (next)
          bounds = bounds
            ? bounds.extend(next)
            : latLngBounds(next.getSouthWest(), next.getNorthEast());
      }
      if (bounds) map.fitBounds(bounds.pad(0.2), { maxZoom: 12, animate: false });
    },
    // Only on opening: later changes should not move the map under the person drawing.
    [map],
  );
  return null;
}

/** While active, a click on the map picks that point. */
export function PointPicker({ active, onPick }: { active: boolean; onPick: (p: LatLng) => void }) {
  useMapEvents({
    click(event) {
      if (active) onPick({ lat: event.latlng.lat, lng: event.latlng.lng });
    },
  });
  return null;
}

/** The point picked on the map (a radius's centre, a location), not itself clickable. */
export function PickedPoint({ point, radius }: { point: LatLng | null; radius: number }) {
  if (!point) return null;
  return (
    <CircleMarker
      center={[point.lat, point.lng]}
      radius={radius}
      pathOptions={POINT_STYLE}
      interactive={false}
    />
  );
}

/** Marks the map while a click means something (a crosshair cursor). */
export function ClickMode({ active }: { active: boolean }) {
  const map = useMap();
  useEffect(
    function toggleCursor() {
      const container = map.getContainer();
      container.classList.toggle('portal-map--picking', active);
      return () => container.classList.remove('portal-map--picking');
    },
    [map, active],
  );
  return null;
}

interface CoverageMapProps {
  areas: readonly DraftArea[];
  invalidKeys: ReadonlySet<string>;
  mode: 'idle' | 'radius' | 'polygon';
  drawPoints: readonly LatLng[];
  radiusCenter: LatLng | null;
  onAddPoint: (p: LatLng) => void;
  onPickCenter: (p: LatLng) => void;
  /** CBS codes of the municipalities the draft reaches (from the reach preview). */
  reachedMunicipalities?: readonly string[];
}

export function CoverageMap({
  areas,
  invalidKeys,
  mode,
  drawPoints,
  radiusCenter,
  onAddPoint,
  onPickCenter,
  reachedMunicipalities = [],
}: CoverageMapProps) {
  const t = useT();
  // As on the finder: say so when there is no background map; the areas still work.
  const tiles = useAppMapTiles();
  return (
    <div className="portal-map-area">
      <BaseMap
        view={{ bounds: NETHERLANDS_BOUNDS }}
        className="map portal-map"
        label={t.portal.coverage.mapLabel}
        testId="coverage-map"
        tiles={tiles}
      >
        <OrientationOutlines reached={reachedMunicipalities} />
        {areas.map((area) => (
          <AreaShape key={area.key} area={area} invalid={invalidKeys.has(area.key)} />
        ))}
        <PickedPoint point={radiusCenter} radius={6} />
        <PolygonDrawLayer points={drawPoints} active={mode === 'polygon'} onAddPoint={onAddPoint} />
        <PointPicker active={mode === 'radius'} onPick={onPickCenter} />
        <ClickMode active={mode !== 'idle'} />
        <FitOnOpen areas={areas} />
      </BaseMap>
      <TileNotice show={tiles.showNotice} />
      <p className="field-hint">{t.portal.coverage.mapListHint}</p>
      <p className="field-hint">{t.portal.coverage.reach.outlines}</p>
    </div>
  );
}
