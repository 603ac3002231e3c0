import type { FinderPlaceMessages } from './finder-place.messages';

const enNumber = (n: number) => n.toLocaleString('en-GB', { maximumFractionDigits: 5 });

export const finderPlaceEn: FinderPlaceMessages = {
  open: 'Search from an address or my location',
  loadFailed:
    'Address search is not possible right now (no connection?). Choose your school above, or click it on the map.',
  loading: 'Loading…',
  chosen: 'Searching from',
  point: (lat, lng) => `point ${enNumber(lat)} N, ${enNumber(lng)} E`,
  change: 'Choose another address or school',
  resultsHeading: (label) => `Partners from ${label}`,
  legend: 'Your search point',
};
