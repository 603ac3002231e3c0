import { latLng } from 'leaflet';
import { useEffect, useState } from 'react';
import { useMap } from 'react-leaflet';

import { useT } from '../../../app/i18n/use-t';
import { BaseMap, TileNotice, useAppMapTiles } from '../../../shared/map/components/BaseMap';
import { NETHERLANDS_BOUNDS } from '../../../shared/map/utils/geo';
import type { LatLng } from '../utils/coverage-draft';
import { ClickMode, OrientationOutlines, PickedPoint, PointPicker } from './CoverageMap';

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
  // As the finder and the coverage editor: say so when there is no background map.
  const tiles = useAppMapTiles();
  const [initial] = useState(() => point);
  return (
    <div className="portal-location-map">
      <BaseMap
        view={
          initial
            ? { center: [initial.lat, initial.lng], zoom: 12 }
            : { bounds: NETHERLANDS_BOUNDS }
        }
        className="map portal-map portal-map--location"
        label={t.portal.profile.mapLabel}
        testId="profile-location-map"
        tiles={tiles}
      >
        <OrientationOutlines reached={[]} />
        <PickedPoint point={point} radius={7} />
        {/* A click on this map always means "here". */}
        <PointPicker active onPick={onPick} />
        <ClickMode active />
        <KeepInView point={point} />
      </BaseMap>
      <TileNotice show={tiles.showNotice} />
    </div>
  );
}
