// Texts of the overview map's layer with every school.
export const overviewMapNl = {
  allSchoolsOnMap: (count: number): string =>
    `Alle ${count.toLocaleString('nl-NL')} scholen staan als punt op de kaart. Zoek in de lijst om er een te kiezen.`,
  loadingSchoolPoints: 'Scholen op de kaart laden…',
  schoolPointsFailed: 'De scholen konden niet op de kaart worden gezet; de lijst werkt wel.',
};

export const overviewMapEn: typeof overviewMapNl = {
  allSchoolsOnMap: (count) =>
    `All ${count.toLocaleString('en-GB')} schools are shown as dots on the map. Search the list to pick one.`,
  loadingSchoolPoints: 'Loading schools onto the map…',
  schoolPointsFailed: 'The schools could not be put on the map; the list still works.',
};
