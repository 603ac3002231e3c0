import { canvas, circleMarker, layerGroup, tooltip, type LeafletMouseEvent } from 'leaflet';
import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';

import type { SchoolPoint } from '../hooks/use-school-points';
import { SCHOOL_POINT_RADIUS, SCHOOL_POINT_STYLE } from '../utils/marker-styles';
import { PointGrid } from '../utils/point-grid';

const PANE = 'schoolPoints';
/** How close (in pixels) the pointer must be to a dot to name or pick it. */
const HIT_PX = SCHOOL_POINT_RADIUS + 3;

interface SchoolPointsLayerProps {
  points: readonly SchoolPoint[];
  onSelect: (vestigingscode: string) => void;
}

// Every school as a small dot, drawn on one <canvas> instead of thousands of SVG elements and
// React components, so the map stays smooth with all 8,622 real schools (`npm run bench:web`):
// Leaflet moves the canvas as a whole while panning and redraws it once when the map stops.
// The canvas sits in its own pane under the other markers and takes no pointer events (an
// SVG layer above would swallow them anyway); a grid index finds the dot under the pointer.
// Keyboard and screen-reader users pick schools from the list next to the map.
export function SchoolPointsLayer({ points, onSelect }: SchoolPointsLayerProps) {
  const map = useMap();
  const onSelectRef = useRef(onSelect);
  useEffect(function keepLatestHandler() {
    onSelectRef.current = onSelect;
  });

  useEffect(
    function drawSchoolPoints() {
      const pane = map.getPane(PANE) ?? map.createPane(PANE);
      pane.style.zIndex = '350'; // above the tiles (200), below other markers (400)
      pane.style.pointerEvents = 'none';
      const renderer = canvas({ pane: PANE, padding: 0.3 });
      const group = layerGroup(
        points.map((point) =>
          circleMarker([point.lat, point.lng], {
            ...SCHOOL_POINT_STYLE,
            renderer,
            pane: PANE,
            radius: SCHOOL_POINT_RADIUS,
            interactive: false,
          }),
        ),
      ).addTo(map);

      let grid: PointGrid<SchoolPoint> | null = null;
      const gridAtZoom = () => {
        const zoom = map.getZoom();
        grid ??= new PointGrid(points, (p) => map.project([p.lat, p.lng], zoom));
        return grid;
      };
      const pointAt = (event: LeafletMouseEvent) => {
        // A partner marker or area under the pointer has the event (and its own tooltip).
        const target = event.originalEvent.target;
        if (target instanceof Element && target.classList.contains('leaflet-interactive')) {
          return null;
        }
        return gridAtZoom().nearest(map.project(event.latlng, map.getZoom()), HIT_PX);
      };

      const label = tooltip({ direction: 'top', offset: [0, -SCHOOL_POINT_RADIUS] });
      let hovered: SchoolPoint | null = null;
      const hover = (next: SchoolPoint | null) => {
        if (next === hovered) return;
        hovered = next;
        map.getContainer().style.cursor = next ? 'pointer' : '';
        if (next) {
          // An element with the name as text: a string would be parsed as HTML by Leaflet,
          // and school names come from imported files.
          const text = document.createElement('span');
          text.textContent = next.name;
          label.setLatLng([next.lat, next.lng]).setContent(text);
          map.openTooltip(label);
        } else {
          map.closeTooltip(label);
        }
      };
      const onMove = (event: LeafletMouseEvent) => hover(pointAt(event));
      const onOut = () => hover(null);
      const onClick = (event: LeafletMouseEvent) => {
        const point = pointAt(event);
        if (point) onSelectRef.current(point.vestigingscode);
      };
      const onZoom = () => {
        grid = null; // projected pixels change with the zoom
        hover(null);
      };
      map.on('mousemove', onMove);
      map.on('mouseout', onOut);
      map.on('click', onClick);
      map.on('zoomstart', onZoom);

      return function removeSchoolPoints() {
        map.off('mousemove', onMove);
        map.off('mouseout', onOut);
        map.off('click', onClick);
        map.off('zoomstart', onZoom);
        hover(null);
        group.remove();
        renderer.remove();
      };
    },
    [map, points],
  );

  return null;
}
