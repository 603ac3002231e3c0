import type { CircleMarker as LeafletCircleMarker, PathOptions } from 'leaflet';
import { useRef } from 'react';
import { CircleMarker, Tooltip } from 'react-leaflet';

import { useListIsTheWayIn } from '../hooks/use-list-is-the-way-in';

/**
 * A school's coloured dot on a map whose table holds the same schools (the municipality view's
 * needs map and coverage map): the pointer gets `label` as a tooltip, the keyboard and screen
 * readers the table (useListIsTheWayIn).
 */
export function ListedCircleMarker({
  lat,
  lng,
  radius,
  pathOptions,
  label,
}: {
  lat: number;
  lng: number;
  radius: number;
  pathOptions: PathOptions;
  label: string;
}) {
  const ref = useRef<LeafletCircleMarker>(null);
  useListIsTheWayIn(ref);
  return (
    <CircleMarker ref={ref} center={[lat, lng]} radius={radius} pathOptions={pathOptions}>
      <Tooltip>{label}</Tooltip>
    </CircleMarker>
  );
}
