import { latLng } from 'leaflet';
import { useEffect, useState } from 'react';
import { CircleMarker, MapContainer, useMap, useMapEvents } from 'react-leaflet';

import { useT } from '../../../app/i18n/use-t';
import { useAppInfo } from '../../../shared/app-info/hooks/use-app-info';
import { MapContainerAttributes } from '../../../shared/map/components/MapContainerAttributes';
import { TileBackground } from '../../../shared/map/components/TileBackground';
import { NETHERLANDS_BOUNDS } from '../../../shared/map/utils/geo';
import type { LatLng } from '../utils/coverage-draft';
import { OrientationOutlines } from './CoverageMap';

const POINT_STYLE = { color: '#1e3a8a', fillColor: '#1d4ed8', fillOpacity: 1 };

function ClickToPick({ onPick }: { onPick: (p: LatLng) => void }) {
  useMapEvents({
    click(event) {
      onPick({ lat: event.latlng.lat, lng: event.latlng.lng });
    },
  });
  return null;
}

/** Brings a point typed in the fields (or chosen from the search) into view, without zooming out. */
function KeepInView({ point }: { point: LatLng | null }) {
  const map = useMap();
  useEffect(
    function panToPoint() {
      if (point && !map.getBounds().contains(latLng(point.lat, point.lng))) {
        map.setView([point.lat, point.lng], Math.max(map.getZoom(), 11), { animate: false });
      }
    },
    [map, point],
  );
  return null;
}

/** Crosshair cursor: a click on this map always means "here". */
function PickCursor() {
  const map = useMap();
  useEffect(
    function markPicking() {
      const container = map.getContainer();
      container.classList.add('portal-map--picking');
      return () => container.classList.remove('portal-map--picking');
    },
    [map],
  );
  return null;
}

/**
 * The organisation's location, picked by a click on the map: the way in when the address search
 * (the geocoder) is unreachable, or when a partner simply prefers it. The latitude and longitude
 * fields of the form stay the keyboard route to the same point.
 */
export function LocationMap({
  point,
  onPick,
}: {
  point: LatLng | null;
  onPick: (p: LatLng) => void;
}) {
  const t = useT();
  const { appInfo, error: appInfoError } = useAppInfo();
  const [tilesFailed, setTilesFailed] = useState(false);
  const tileUrl = appInfo?.map.tileUrl ?? null;
  // As the finder and the coverage editor: say so when there is no background map.
  const showTileNotice =
    appInfoError !== undefined || (appInfo !== undefined && (!tileUrl || tilesFailed));
  const [initial] = useState(() => point);
  return (
    <div className="portal-location-map">
      <MapContainer
        {...(initial
          ? { center: [initial.lat, initial.lng] as [number, number], zoom: 12 }
          : { bounds: NETHERLANDS_BOUNDS })}
        className="map portal-map portal-map--location"
        minZoom={6}
        maxZoom={18}
      >
        <MapContainerAttributes label={t.portal.profile.mapLabel} testId="profile-location-map" />
        {appInfo && tileUrl && (
          <TileBackground
            key={tileUrl}
            url={tileUrl}
            attribution={appInfo.map.attribution}
            failed={tilesFailed}
            onFailure={() => setTilesFailed(true)}
          />
        )}
        <OrientationOutlines reached={[]} />
        {point && (
          <CircleMarker
            center={[point.lat, point.lng]}
            radius={7}
            pathOptions={POINT_STYLE}
            interactive={false}
          />
        )}
        <ClickToPick onPick={onPick} />
        <PickCursor />
        <KeepInView point={point} />
      </MapContainer>
      <div role="status" className="tile-notice-region">
        {showTileNotice && (
          <p className="tile-notice" data-testid="tile-notice">
            {t.map.tileNotice}
          </p>
        )}
      </div>
    </div>
  );
}
