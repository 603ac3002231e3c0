import type { DemoProvince } from './voorbeelddata.types.js';

// The twelve provinces: CBS code → official name (real).
const PROVINCE_NAMES: Record<string, string> = {
  PV20: 'Groningen',
  PV21: 'Fryslân',
  PV22: 'Drenthe',
  PV23: 'Overijssel',
  PV24: 'Flevoland',
  PV25: 'Gelderland',
  PV26: 'Utrecht',
  PV27: 'Noord-Holland',
  PV28: 'Zuid-Holland',
  PV29: 'Zeeland',
  PV30: 'Noord-Brabant',
  PV31: 'Limburg',
};

export const DEMO_PROVINCES: DemoProvince[] = Object.entries(PROVINCE_NAMES).map(
  ([code, name]) => ({ code, name }),
);
