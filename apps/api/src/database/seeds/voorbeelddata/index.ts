// Voorbeelddata: the demo dataset loaded into an empty database on first start (is_demo = true).
//
// What is real: the names and CBS codes of the provinces and municipalities; the names of the
// organisations and programmes that the source material mentions (docs/domain.md) (Lyceo, Brede School Academie,
// IMC Weekendschool, JINC, ABN AMRO Foundation, Playing for Success, VoorleesExpress,
// De Schoolschrijver, Stichting LeerKRACHT, Jeugdeducatiefonds, Stichting Maatjesproject Gooi en
// Vechtstreek, Unita, Familieklas, Over de Streep, Het Ei van Columbus, Thuis in Taal); the
// postcode ranges and rough locations of the towns.
//
// What is invented: every school (names start with "Voorbeeldschool"/"Voorbeeldcollege",
// vestigingscodes start with 'ZZ'); every organisation whose name ends in "(voorbeeld)"; all
// coverage areas, capacities, prices, funding routes, evidence ratings and confirmation dates;
// all contact details (example.org). Descriptions are our own, general wording and make no
// claims about real organisations beyond their publicly known focus. Office locations are
// approximate. Never present this data as real.

export const DEMO_LABEL = 'Voorbeelddata — fictieve scholen en aangenomen werkgebieden, niet echt';

export { DEMO_PROVINCES } from './provinces.js';
export { DEMO_MUNICIPALITIES } from './municipalities.js';
export { DEMO_SCHOOLS } from './schools.js';
export { DEMO_ORGANISATIONS } from './organisations.js';
export type {
  DemoMunicipality,
  DemoOffering,
  DemoOrganisation,
  DemoProvince,
  DemoSchool,
} from './voorbeelddata.types.js';
