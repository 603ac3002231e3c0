import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

/** Gives Leaflet's own (focusable) container a name and a test id; MapContainer passes neither. */
export function MapContainerAttributes({ label, testId }: { label: string; testId: string }) {
  const map = useMap();
  useEffect(
    function labelContainer() {
      const container = map.getContainer();
      container.setAttribute('aria-label', label);
      container.setAttribute('role', 'region');
      container.setAttribute('data-testid', testId);
    },
    [map, label, testId],
  );
  return null;
}
