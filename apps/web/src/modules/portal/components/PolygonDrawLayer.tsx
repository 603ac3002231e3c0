import { CircleMarker, Polygon, Polyline, useMapEvents } from 'react-leaflet';

import type { LatLng } from '../utils/coverage-draft';

const DRAFT_STYLE = { color: '#1d4ed8', weight: 3, dashArray: '4 4' };
const VERTEX_STYLE = { color: '#1e3a8a', weight: 2, fillColor: '#ffffff', fillOpacity: 1 };

interface PolygonDrawLayerProps {
  /** The corners drawn so far, in order. */
  points: readonly LatLng[];
  /** While true, every click on the map adds a corner. */
  active: boolean;
  onAddPoint: (point: LatLng) => void;
}

/** Drawing by clicking: each click adds a corner; the shape so far is shown as it grows. */
export function PolygonDrawLayer({ points, active, onAddPoint }: PolygonDrawLayerProps) {
  useMapEvents({
    click(event) {
      if (active) onAddPoint({ lat: event.latlng.lat, lng: event.latlng.lng });
    },
  });
  const positions = points.map((p) => [p.lat, p.lng] as [number, number]);
  return (
    <>
      {positions.length >= 3 ? (
        <Polygon positions={positions} pathOptions={DRAFT_STYLE} interactive={false} />
      ) : positions.length === 2 ? (
        <Polyline positions={positions} pathOptions={DRAFT_STYLE} interactive={false} />
      ) : null}
      {positions.map((position, i) => (
        <CircleMarker
          key={`${i}-${position[0]}-${position[1]}`}
          center={position}
          radius={5}
          pathOptions={VERTEX_STYLE}
          interactive={false}
        />
      ))}
    </>
  );
}
