import type { DemoMunicipality } from './voorbeelddata.types.js';

// Real CBS municipality codes and names (2024 division) with their CBS province codes.
// `center` is an approximate centre of the main town (rounded to 3 decimals), for the map only.
export const DEMO_MUNICIPALITIES: DemoMunicipality[] = [
  { code: 'GM0556', name: 'Maassluis', provinceCode: 'PV28', center: { lat: 51.923, lng: 4.251 } },
  { code: 'GM0606', name: 'Schiedam', provinceCode: 'PV28', center: { lat: 51.917, lng: 4.398 } },
  {
    code: 'GM0622',
    name: 'Vlaardingen',
    provinceCode: 'PV28',
    center: { lat: 51.912, lng: 4.342 },
  },
  { code: 'GM0402', name: 'Hilversum', provinceCode: 'PV27', center: { lat: 52.224, lng: 5.176 } },
  // Centre: Bussum
  {
    code: 'GM1942',
    name: 'Gooise Meren',
    provinceCode: 'PV27',
    center: { lat: 52.274, lng: 5.162 },
  },
  { code: 'GM0406', name: 'Huizen', provinceCode: 'PV27', center: { lat: 52.299, lng: 5.243 } },
  // Centre: Loosdrecht
  { code: 'GM1696', name: 'Wijdemeren', provinceCode: 'PV27', center: { lat: 52.201, lng: 5.14 } },
  // Centre: Laren
  {
    code: 'GM0417',
    name: 'Laren (NH.)',
    provinceCode: 'PV27',
    center: { lat: 52.256, lng: 5.226 },
  },
  { code: 'GM0376', name: 'Blaricum', provinceCode: 'PV27', center: { lat: 52.272, lng: 5.243 } },
  { code: 'GM0294', name: 'Winterswijk', provinceCode: 'PV25', center: { lat: 51.972, lng: 6.72 } },
  { code: 'GM0197', name: 'Aalten', provinceCode: 'PV25', center: { lat: 51.925, lng: 6.58 } },
  // Centre: Groenlo
  { code: 'GM1586', name: 'Oost Gelre', provinceCode: 'PV25', center: { lat: 52.042, lng: 6.616 } },
  // Centre: Borculo
  { code: 'GM1859', name: 'Berkelland', provinceCode: 'PV25', center: { lat: 52.116, lng: 6.522 } },
  { code: 'GM0222', name: 'Doetinchem', provinceCode: 'PV25', center: { lat: 51.965, lng: 6.289 } },
  // Centre: Ulft
  {
    code: 'GM1509',
    name: 'Oude IJsselstreek',
    provinceCode: 'PV25',
    center: { lat: 51.892, lng: 6.381 },
  },
  // Centre: Didam
  { code: 'GM1955', name: 'Montferland', provinceCode: 'PV25', center: { lat: 51.94, lng: 6.132 } },
  // Centre: Vorden
  {
    code: 'GM1876',
    name: 'Bronckhorst',
    provinceCode: 'PV25',
    center: { lat: 52.105, lng: 6.312 },
  },
  { code: 'GM0344', name: 'Utrecht', provinceCode: 'PV26', center: { lat: 52.091, lng: 5.121 } },
  { code: 'GM0202', name: 'Arnhem', provinceCode: 'PV25', center: { lat: 51.985, lng: 5.899 } },
  { code: 'GM0106', name: 'Assen', provinceCode: 'PV22', center: { lat: 52.993, lng: 6.562 } },
  { code: 'GM0080', name: 'Leeuwarden', provinceCode: 'PV21', center: { lat: 53.201, lng: 5.799 } },
  { code: 'GM0268', name: 'Nijmegen', provinceCode: 'PV25', center: { lat: 51.845, lng: 5.864 } },
  { code: 'GM0405', name: 'Hoorn', provinceCode: 'PV27', center: { lat: 52.642, lng: 5.06 } },
  { code: 'GM0014', name: 'Groningen', provinceCode: 'PV20', center: { lat: 53.219, lng: 6.567 } },
  { code: 'GM0307', name: 'Amersfoort', provinceCode: 'PV26', center: { lat: 52.156, lng: 5.388 } },
  { code: 'GM0363', name: 'Amsterdam', provinceCode: 'PV27', center: { lat: 52.373, lng: 4.893 } },
];
