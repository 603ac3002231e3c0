// The address search and "my location" of the finder (loaded with PlaceSearchPanel, both
// languages: a few hundred bytes). Dutch is the source.
export const placeSearchNl = {
  unavailable:
    'Adressen zoeken lukt nu niet: de adreszoeker is niet bereikbaar. Kies hierboven uw school (of klik haar aan op de kaart), of gebruik uw locatie.',
  intro:
    'Geen school, of een andere plek? Kies een adres of uw locatie; de afstand tot de partners wordt vanaf dat punt gemeten.',
  label: 'Adres, postcode of plaats',
  hint: 'Bijvoorbeeld Broersvest 5 Schiedam of 3111 EA',
  suggestions: 'Gevonden adressen',
  count: (n: number): string =>
    n === 0
      ? 'Geen adres gevonden'
      : `${n} ${n === 1 ? 'adres' : 'adressen'} gevonden; kies met pijltjes en Enter`,
  centreOf: (name: string): string => `${name} (midden van de gemeente)`,
  searching: 'Adressen zoeken…',
  noneTitle: 'Geen adres gevonden',
  noneHelp:
    'Controleer de spelling, of probeer een postcode (1234 AB), een straat met huisnummer en plaats, of alleen de plaatsnaam. U kunt ook hierboven uw school kiezen.',
  centresOnly:
    'De adreszoeker is niet bereikbaar; alleen gemeenten zijn te vinden. Kies een gemeente, of kies hierboven uw school.',
  useLocation: 'Gebruik mijn locatie',
  locationNote:
    'Uw locatie wordt afgerond op ongeveer 100 meter en komt in de link van deze pagina.',
  locating: 'Uw locatie bepalen…',
  denied:
    'U gaf geen toestemming om uw locatie te gebruiken. Typ een adres of kies hierboven uw school.',
  noGeolocation:
    'Deze browser kan uw locatie niet geven. Typ een adres of kies hierboven uw school.',
  failed:
    'Uw locatie kon niet worden bepaald. Probeer het opnieuw, typ een adres of kies hierboven uw school.',
  outside: 'Uw locatie ligt buiten Nederland. Typ een adres of kies hierboven uw school.',
};

export type PlaceSearchMessages = typeof placeSearchNl;

export const placeSearchEn: PlaceSearchMessages = {
  unavailable:
    'Address search is not possible right now: the address service cannot be reached. Choose your school above (or click it on the map), or use your location.',
  intro:
    'No school, or another place? Choose an address or your location; the distance to the partners is measured from that point.',
  label: 'Address, postcode or town',
  hint: 'For example Broersvest 5 Schiedam or 3111 EA',
  suggestions: 'Addresses found',
  count: (n) =>
    n === 0
      ? 'No address found'
      : `${n} ${n === 1 ? 'address' : 'addresses'} found; choose with the arrow keys and Enter`,
  centreOf: (name) => `${name} (centre of the municipality)`,
  searching: 'Searching addresses…',
  noneTitle: 'No address found',
  noneHelp:
    'Check the spelling, or try a postcode (1234 AB), a street with house number and town, or just the town. You can also choose your school above.',
  centresOnly:
    'The address service cannot be reached; only municipalities can be found. Choose a municipality, or choose your school above.',
  useLocation: 'Use my location',
  locationNote: 'Your location is rounded to about 100 metres and goes into the link of this page.',
  locating: 'Finding your location…',
  denied:
    'You did not allow your location to be used. Type an address or choose your school above.',
  noGeolocation:
    'This browser cannot give your location. Type an address or choose your school above.',
  failed:
    'Your location could not be found. Try again, type an address or choose your school above.',
  outside: 'Your location is outside the Netherlands. Type an address or choose your school above.',
};
