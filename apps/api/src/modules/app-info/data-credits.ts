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
    name: 'Partnerwijzer-voorbeelddata',
    description:
      'Fictieve scholen en aangenomen werkgebieden voor de demo. Namen van gemeenten en organisaties zijn echt; het aanbod en de cijfers zijn voorbeelden.',
    licence: 'Eigen werk',
    url: null,
  },
];
