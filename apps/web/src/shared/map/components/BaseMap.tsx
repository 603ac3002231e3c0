import { useState, type ReactNode } from 'react';
import { MapContainer } from 'react-leaflet';
import type { LatLngBoundsExpression } from 'leaflet';

import { useT } from '../../../app/i18n/use-t';
import { useAppInfo, type AppInfo } from '../../app-info/hooks/use-app-info';
import { MapContainerAttributes } from './MapContainerAttributes';
import { TileBackground } from './TileBackground';

export interface MapTiles {
  /** The background layer, or null while the settings load or when there is no tile server. */
  background: ReactNode;
  /** Say so when there is no background map: the settings failed, name no server, or tiles fail. */
  showNotice: boolean;
}

/** The background tiles of every map, and whether their absence must be told. */
export function useMapTiles(
  settings: AppInfo['map'] | undefined,
  settingsFailed: boolean,
): MapTiles {
  const [failed, setFailed] = useState(false);
  const url = settings?.tileUrl ?? null;
  return {
    background:
      settings && url ? (
        <TileBackground
          key={url}
          url={url}
          attribution={settings.attribution}
          failed={failed}
          onFailure={() => setFailed(true)}
        />
      ) : null,
    showNotice: settingsFailed || (settings !== undefined && (!url || failed)),
  };
}

/** useMapTiles with the map settings of the app info. */
export function useAppMapTiles(): MapTiles {
  const { appInfo, error } = useAppInfo();
  return useMapTiles(appInfo?.map, error !== undefined);
}

type MapView =
  | { bounds: LatLngBoundsExpression; center?: never; zoom?: never }
  | { center: [number, number]; zoom: number; bounds?: never };

/** Leaflet's container with a name, a test id and the background tiles; the layers are children. */
export function BaseMap({
  view,
  label,
  testId,
  tiles,
  className = 'map',
  children,
}: {
  view: MapView;
  label: string;
  testId: string;
  tiles: MapTiles;
  className?: string;
  children?: ReactNode;
}) {
  return (
    <MapContainer {...view} className={className} minZoom={6} maxZoom={18}>
      <MapContainerAttributes label={label} testId={testId} />
      {tiles.background}
      {children}
    </MapContainer>
  );
}

/** The live region that says the background map is missing (the layers still work). */
export function TileNotice({ show, children }: { show: boolean; children?: ReactNode }) {
  const t = useT();
  return (
    <div role="status" className="tile-notice-region">
      {show && (
        <p className="tile-notice" data-testid="tile-notice">
          {t.map.tileNotice}
        </p>
      )}
      {children}
    </div>
  );
}

/** One row of a map legend: the symbol as drawn on the map, then its meaning. */
export function LegendItem({ symbol, children }: { symbol: string; children: ReactNode }) {
  return (
    <li>
      <span className={`legend-symbol legend-symbol--${symbol}`} aria-hidden="true" />
      {children}
    </li>
  );
}
