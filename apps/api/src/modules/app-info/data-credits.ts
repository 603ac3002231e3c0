import type { DataSourceCreditModel } from './models/app-info.model.js';

// Attribution the licences of our data ask for; shown on the "Over / bronnen" page.
export const DATA_CREDITS: DataSourceCreditModel[] = [
  {
    name: 'DUO Open Onderwijsdata',
    description: 'Adressen en kenmerken van schoolvestigingen (po, vo, so/vso).',
    licence: 'CC0',
    url: 'https://duo.nl/open_onderwijsdata/',
  },
  {
    name: 'Kadaster — Basisregistratie Adressen en Gebouwen (BAG)',
    description:
      'Coördinaten van de schooladressen, gekoppeld door het project edugis (data-nl-scholen).',
    licence: 'Open data (CC0)',
    url: 'https://github.com/edugis-repo/data-nl-scholen',
  },
  {
    name: 'Kadaster / Centraal Bureau voor de Statistiek — Wijk- en Buurtkaart 2024',
    description: 'Grenzen en codes van gemeenten en provincies (vereenvoudigd).',
    licence: 'CC BY 4.0',
    url: 'https://www.cbs.nl/',
  },
  {
    name: 'Kadaster / PDOK — BRT-Achtergrondkaart',
    description: 'Achtergrondkaart (standaardinstelling; in te stellen via MAP_TILE_URL).',
    licence: 'CC BY 4.0',
    url: 'https://www.pdok.nl/introductie/-/article/basisregistratie-topografie-achtergrondkaarten-brt-a-',
  },
  {
    name: 'Inspectie van het Onderwijs / CBS — Schoolweging 2021–2024',
    description:
      'Schoolweging per reguliere basisschool: de verwachte complexiteit van de leerlingpopulatie (ouderopleiding, herkomst, verblijfsduur, schuldsanering, opleidingsniveau van de buurt); driejaarsgemiddelde 2021/22–2023/24 en per schooljaar, peildatum 1 februari 2024. Berekend door CBS (maatwerk 2024/29), gepubliceerd door de Inspectie. Gekoppeld aan DUO-vestigingen volgens vastgelegde regels; per school staat hoe.',
    licence: 'Open gepubliceerd door de Inspectie; CBS: CC BY 4.0',
    url: 'https://www.cbs.nl/nl-nl/maatwerk/2024/29/schoolweging-2021-2024',
  },
  {
    name: 'Centraal Bureau voor de Statistiek — Achterstandsscores basisscholen 2019',
    description:
      'Achterstandsscore per basisschoolvestiging op 1 oktober 2019, met en zonder drempel (onderbouw en bovenbouw), gemaakt voor OCW als basis voor de onderwijsachterstandenmiddelen 2020. De score groeit met de schoolgrootte.',
    licence: 'CC BY 4.0 (Bron: CBS)',
    url: 'https://www.cbs.nl/',
  },
  {
    name: 'Partnerwijzer-voorbeelddata',
    description:
      'Fictieve scholen en aangenomen werkgebieden voor de demo. Namen van gemeenten en organisaties zijn echt; het aanbod en de cijfers zijn voorbeelden.',
    licence: 'Eigen werk',
    url: null,
  },
];
