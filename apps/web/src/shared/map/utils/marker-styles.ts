import type { PathOptions } from 'leaflet';

// Schools: small blue dots. Partners: larger orange discs with a thick dark ring. Blue and
// orange stay distinguishable with common colour-vision deficiencies; size and ring help too.
export const SCHOOL_STYLE = {
  color: '#ffffff',
  weight: 1.5,
  fillColor: '#1d4ed8',
  fillOpacity: 0.95,
};
export const PARTNER_STYLE = {
  color: '#431407',
  weight: 3,
  fillColor: '#ea580c',
  fillOpacity: 0.95,
};
export const SELECTED_RING = { color: '#111827', weight: 4 };
export const COVERAGE_STYLE: PathOptions = {
  color: '#9a3412',
  weight: 2,
  dashArray: '6 4',
  fillColor: '#ea580c',
  fillOpacity: 0.12,
};

export const SCHOOL_RADIUS = 6;
export const PARTNER_RADIUS = 9;

// Every school on the overview map: small dots on one canvas (see SchoolPointsLayer).
export const SCHOOL_POINT_STYLE = {
  color: '#ffffff',
  weight: 1,
  fillColor: '#1d4ed8',
  fillOpacity: 0.9,
};
export const SCHOOL_POINT_RADIUS = 4;
