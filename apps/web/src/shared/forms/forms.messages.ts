// Texts of the shared form kit (counters, place search). Dutch is the source.
export const formsNl = {
  characterCount: (length: number, max: number): string => `${length} van ${max} tekens`,
  places: {
    label: 'Adres, postcode of plaats',
    hint: 'Bijvoorbeeld "Broersvest 5 Schiedam" of "3111 EA". Kies daarna een van de gevonden plaatsen.',
    search: 'Zoek plaats',
    searching: 'Zoeken…',
    none: 'Niets gevonden. Probeer een postcode of plaatsnaam, of kies het punt op de kaart.',
    offline:
      'Adressen zoeken lukt nu niet; dit zijn gemeentemiddelpunten. Kies er een, of kies het punt op de kaart.',
    centreOf: (name: string): string => `Middelpunt van gemeente ${name}`,
    picked: (label: string): string => `Gekozen: ${label}. Het punt staat in de velden hieronder.`,
  },
};

export const formsEn: typeof formsNl = {
  characterCount: (length: number, max: number): string => `${length} of ${max} characters`,
  places: {
    label: 'Address, postcode or town',
    hint: 'For example "Broersvest 5 Schiedam" or "3111 EA". Then choose one of the places found.',
    search: 'Find place',
    searching: 'Searching…',
    none: 'Nothing found. Try a postcode or town, or pick the point on the map.',
    offline:
      'Address search is unavailable right now; these are municipality centres. Choose one, or pick the point on the map.',
    centreOf: (name: string): string => `Centre of the municipality of ${name}`,
    picked: (label: string): string => `Chosen: ${label}. The point is in the fields below.`,
  },
};
