import { useEffect, type RefObject } from 'react';

/** A Leaflet layer drawn as one element (a circle marker's SVG path, a marker's icon). */
interface DrawnLayer {
  getElement(): Element | undefined;
}

/**
 * For a marker of a map whose list or table next to it is the keyboard and screen-reader route
 * to the same item (the finder's results, the overview's lists, the municipality view's needs
 * table and coverage matrix): the marker stays out of the tab order and out of the
 * accessibility tree. Chrome makes an SVG path with a click handler (Leaflet's `interactive`,
 * needed for the pointer's tooltip) a tab stop, and a path has no name: dozens of silent stops
 * between the map and its list. The pointer keeps its tooltip. Run after every render, so an
 * element Leaflet draws anew is kept out as well.
 */
export function useListIsTheWayIn(ref: RefObject<DrawnLayer | null>): void {
  useEffect(function keepOutOfTabOrder() {
    const element = ref.current?.getElement();
    element?.setAttribute('tabindex', '-1');
    element?.setAttribute('aria-hidden', 'true');
  });
}
