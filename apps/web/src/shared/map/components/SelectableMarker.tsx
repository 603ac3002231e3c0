import type { CircleMarker as LeafletCircleMarker } from 'leaflet';
import { useEffect, useRef } from 'react';
import { CircleMarker, Tooltip } from 'react-leaflet';

import { useListIsTheWayIn } from '../hooks/use-list-is-the-way-in';
import {
  PARTNER_RADIUS,
  PARTNER_STYLE,
  SCHOOL_RADIUS,
  SCHOOL_STYLE,
  SELECTED_RING,
} from '../utils/marker-styles';

interface SelectableMarkerProps {
  kind: 'school' | 'partner';
  lat: number;
  lng: number;
  label: string;
  selected: boolean;
  onSelect: () => void;
}

export function SelectableMarker({
  kind,
  lat,
  lng,
  label,
  selected,
  onSelect,
}: SelectableMarkerProps) {
  const ref = useRef<LeafletCircleMarker>(null);
  const base = kind === 'school' ? SCHOOL_STYLE : PARTNER_STYLE;
  const radius = kind === 'school' ? SCHOOL_RADIUS : PARTNER_RADIUS;

  // The list is the keyboard and screen-reader route to the same items.
  useListIsTheWayIn(ref);

  // A selected marker is drawn on top of its neighbours so it is never hidden.
  useEffect(
    function bringSelectedToFront() {
      if (selected) ref.current?.bringToFront();
    },
    [selected],
  );

  return (
    <CircleMarker
      ref={ref}
      center={[lat, lng]}
      radius={selected ? radius + 4 : radius}
      pathOptions={selected ? { ...base, ...SELECTED_RING } : base}
      eventHandlers={{ click: onSelect }}
      className={`marker marker--${kind}`}
    >
      {/* Re-mounted when selection changes: Leaflet reads `permanent` only on creation. */}
      <Tooltip
        key={selected ? 'open' : 'hover'}
        permanent={selected}
        direction="top"
        offset={[0, -radius]}
      >
        {label}
      </Tooltip>
    </CircleMarker>
  );
}
