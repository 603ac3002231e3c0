import type { DemoMunicipality } from './voorbeelddata.types.js';

// Real CBS municipality codes and names (2024 division) with their CBS province codes.

/** lat/lng: an approximate centre of the main town (rounded to 3 decimals), for the map only. */
function municipality(
  code: string,
  name: string,
  provinceCode: string,
  lat: number,
  lng: number,
): DemoMunicipality {
  return { code, name, provinceCode, center: { lat, lng } };
}

export const DEMO_MUNICIPALITIES: DemoMunicipality[] = [
  municipality('GM0556', 'Maassluis', 'PV28', 51.923, 4.251),
  municipality('GM0606', 'Schiedam', 'PV28', 51.917, 4.398),
  municipality('GM0622', 'Vlaardingen', 'PV28', 51.912, 4.342),
  municipality('GM0402', 'Hilversum', 'PV27', 52.224, 5.176),
  // Centre: Bussum
  municipality('GM1942', 'Gooise Meren', 'PV27', 52.274, 5.162),
  municipality('GM0406', 'Huizen', 'PV27', 52.299, 5.243),
  // Centre: Loosdrecht
  municipality('GM1696', 'Wijdemeren', 'PV27', 52.201, 5.14),
  // Centre: Laren
  municipality('GM0417', 'Laren (NH.)', 'PV27', 52.256, 5.226),
  municipality('GM0376', 'Blaricum', 'PV27', 52.272, 5.243),
  municipality('GM0294', 'Winterswijk', 'PV25', 51.972, 6.72),
  municipality('GM0197', 'Aalten', 'PV25', 51.925, 6.58),
  // Centre: Groenlo
  municipality('GM1586', 'Oost Gelre', 'PV25', 52.042, 6.616),
  // Centre: Borculo
  municipality('GM1859', 'Berkelland', 'PV25', 52.116, 6.522),
  municipality('GM0222', 'Doetinchem', 'PV25', 51.965, 6.289),
  // Centre: Ulft
  municipality('GM1509', 'Oude IJsselstreek', 'PV25', 51.892, 6.381),
  // Centre: Didam
  municipality('GM1955', 'Montferland', 'PV25', 51.94, 6.132),
  // Centre: Vorden
  municipality('GM1876', 'Bronckhorst', 'PV25', 52.105, 6.312),
  municipality('GM0344', 'Utrecht', 'PV26', 52.091, 5.121),
  municipality('GM0202', 'Arnhem', 'PV25', 51.985, 5.899),
  municipality('GM0106', 'Assen', 'PV22', 52.993, 6.562),
  municipality('GM0080', 'Leeuwarden', 'PV21', 53.201, 5.799),
  municipality('GM0268', 'Nijmegen', 'PV25', 51.845, 5.864),
  municipality('GM0405', 'Hoorn', 'PV27', 52.642, 5.06),
  municipality('GM0014', 'Groningen', 'PV20', 53.219, 6.567),
  municipality('GM0307', 'Amersfoort', 'PV26', 52.156, 5.388),
  municipality('GM0363', 'Amsterdam', 'PV27', 52.373, 4.893),
];
