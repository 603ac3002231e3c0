import { divIcon, latLngBounds, type Marker as LeafletMarker } from 'leaflet';
import { useMemo, useRef, useState } from 'react';
import { Marker, Tooltip, useMap, useMapEvents } from 'react-leaflet';

import { SelectableMarker } from '../../../shared/map/components/SelectableMarker';
import { useListIsTheWayIn } from '../../../shared/map/hooks/use-list-is-the-way-in';
import { gridClusters, type ClusterPoint } from '../utils/grid-clusters';

export interface MapPoint {
  id: string;
  kind: 'school' | 'partner';
  label: string;
  onSelect: () => void;
  selected?: boolean;
}

function ClusterMarker({
  lat,
  lng,
  count,
  kind,
  label,
  onClick,
}: {
  lat: number;
  lng: number;
  count: number;
  kind: 'school' | 'partner';
  label: string;
  onClick: () => void;
}) {
  const ref = useRef<LeafletMarker>(null);
  const icon = useMemo(
    () =>
      divIcon({
        html: `<span>${count}</span>`,
        className: `cluster cluster--${kind}`,
        iconSize: count < 10 ? [30, 30] : count < 100 ? [36, 36] : [42, 42],
      }),
    [count, kind],
  );
  // As with single markers: the list is the keyboard route, so clusters stay out of the tab order.
  useListIsTheWayIn(ref);
  return (
    <Marker
      ref={ref}
      position={[lat, lng]}
      icon={icon}
      keyboard={false}
      eventHandlers={{ click: onClick }}
    >
      <Tooltip direction="top">{label}</Tooltip>
    </Marker>
  );
}

/** Points grouped per screen cell at the current zoom; a click on a group zooms into it. */
export function ClusteredMarkers({
  points,
}: {
  points: (MapPoint & { lat: number; lng: number })[];
}) {
  const map = useMap();
  const [view, setView] = useState(0);
  useMapEvents({ zoomend: () => setView((v) => v + 1) });

  const clusters = useMemo(() => {
    const zoom = map.getZoom();
    const input: ClusterPoint<MapPoint & { lat: number; lng: number }>[] = points.map((p) => ({
      lat: p.lat,
      lng: p.lng,
      item: p,
    }));
    return gridClusters(input, (lat, lng) => map.project([lat, lng], zoom));
    // `view` changes on every zoom, which changes the projection.
  }, [map, points, view]);

  return clusters.map((cluster) => {
    const selected = cluster.items.find((p) => p.selected);
    if (cluster.items.length === 1 || selected) {
      // A selected point is never hidden inside a group.
      return cluster.items
        .filter((p) => cluster.items.length === 1 || p.selected)
        .map((p) => (
          <SelectableMarker
            key={`${p.kind}:${p.id}`}
            kind={p.kind}
            lat={p.lat}
            lng={p.lng}
            label={p.label}
            selected={p.selected ?? false}
            onSelect={p.onSelect}
          />
        ));
    }
    const kind = cluster.items.every((p) => p.kind === 'school') ? 'school' : 'partner';
    const label = cluster.items
      .slice(0, 5)
      .map((p) => p.label)
      .join(', ');
    return (
      <ClusterMarker
        key={`cluster:${cluster.key}:${cluster.items.length}`}
        lat={cluster.lat}
        lng={cluster.lng}
        count={cluster.items.length}
        kind={kind}
        label={cluster.items.length > 5 ? `${label}, …` : label}
        onClick={() => {
          const bounds = latLngBounds(cluster.items.map((p) => [p.lat, p.lng]));
          map.fitBounds(bounds.pad(0.3), { maxZoom: 16 });
        }}
      />
    );
  });
}
