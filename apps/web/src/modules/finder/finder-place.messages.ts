// The finder's "search from an address or my location" (issue 16, point 2): the texts the
// first screen needs (the entry, the chosen place, the results heading). The search itself and
// its texts load when the entry is opened (place-search.messages.ts). Dutch is the source;
// English is a file of its own, so it loads with the English catalogue only.
const nlNumber = (n: number) => n.toLocaleString('nl-NL', { maximumFractionDigits: 5 });

export const finderPlaceNl = {
  open: 'Zoek vanaf een adres of mijn locatie',
  loadFailed:
    'Adressen zoeken lukt nu niet (geen verbinding?). Kies hierboven uw school, of klik haar aan op de kaart.',
  loading: 'Laden…',
  chosen: 'Zoeken vanaf',
  point: (lat: number, lng: number): string => `punt ${nlNumber(lat)} N, ${nlNumber(lng)} O`,
  change: 'Ander adres of school kiezen',
  resultsHeading: (label: string): string => `Partners vanaf ${label}`,
  legend: 'Uw zoekpunt',
};

export type FinderPlaceMessages = typeof finderPlaceNl;
