import type { DemoProvince } from './voorbeelddata.types.js';

// The twelve provinces with their CBS codes and official names (real).
export const DEMO_PROVINCES: DemoProvince[] = [
  { code: 'PV20', name: 'Groningen' },
  { code: 'PV21', name: 'Fryslân' },
  { code: 'PV22', name: 'Drenthe' },
  { code: 'PV23', name: 'Overijssel' },
  { code: 'PV24', name: 'Flevoland' },
  { code: 'PV25', name: 'Gelderland' },
  { code: 'PV26', name: 'Utrecht' },
  { code: 'PV27', name: 'Noord-Holland' },
  { code: 'PV28', name: 'Zuid-Holland' },
  { code: 'PV29', name: 'Zeeland' },
  { code: 'PV30', name: 'Noord-Brabant' },
  { code: 'PV31', name: 'Limburg' },
];
