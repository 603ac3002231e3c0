// Texts of the HSDS import (partner portal and admin page; issue 18). Dutch is the source. The reasons
// for a refusal come from the server, Dutch first with English in brackets.
export const hsdsImportNl = {
  heading: 'Aanbod importeren (HSDS)',
  introPartner:
    'Hebt u uw aanbod al in een ander systeem? Upload een HSDS-datapakket (ZIP met CSV-bestanden en datapackage.json) of HSDS JSON. U kunt alleen uw eigen organisatie importeren.',
  introAdmin:
    'Upload een HSDS-datapakket (ZIP met CSV-bestanden en datapackage.json) of HSDS JSON. Als beheerder kunt u elke organisatie importeren; een nieuwe organisatie wordt als geverifieerd aangemaakt.',
  allOrNothing:
    'Eerst wordt het hele bestand gecontroleerd. Wordt er iets geweigerd, dan wordt niets opgeslagen.',
  file: 'Bestand (ZIP of JSON)',
  fileHint: 'Hoogstens 20 MB. Hetzelfde bestand opnieuw importeren verandert niets.',
  dryRun: 'Alleen controleren, nog niets opslaan',
  submit: 'Importeren',
  submitDryRun: 'Controleren',
  sending: 'Bezig met controleren en importeren…',
  noFile: 'Kies eerst een bestand.',
  wrongType: 'Kies een .zip- of .json-bestand.',
  tooLarge: 'Het bestand is groter dan 20 MB.',
  written: 'Geïmporteerd.',
  checked: 'Gecontroleerd: niets geweigerd. Er is nog niets opgeslagen.',
  refused: (n: number): string =>
    `Niets geïmporteerd: ${n === 1 ? '1 onderdeel is' : `${n} onderdelen zijn`} geweigerd. Verbeter het bestand en probeer het opnieuw.`,
  refusedHeading: 'Geweigerd',
  failed: 'Importeren is niet gelukt.',
  network: 'Geen verbinding met de server. Probeer het opnieuw.',
  countsCaption: 'Resultaat per soort',
  kind: 'Soort',
  organisations: 'Organisaties',
  services: 'Aanbod',
  created: 'Nieuw',
  changed: 'Gewijzigd',
  unchanged: 'Ongewijzigd',
  fieldOf: (record: string, field: string, name?: string): string =>
    name ? `„${name}” (${record}), veld ${field}` : `${record}, veld ${field}`,
};

export type HsdsImportMessages = typeof hsdsImportNl;

export const hsdsImportEn: HsdsImportMessages = {
  heading: 'Import offerings (HSDS)',
  introPartner:
    'Already keep your offerings in another system? Upload an HSDS datapackage (a ZIP of CSV files and datapackage.json) or HSDS JSON. You can import only your own organisation.',
  introAdmin:
    'Upload an HSDS datapackage (a ZIP of CSV files and datapackage.json) or HSDS JSON. As an admin you can import any organisation; a new organisation is created as verified.',
  allOrNothing: 'The whole file is checked first. If anything is refused, nothing is saved.',
  file: 'File (ZIP or JSON)',
  fileHint: 'At most 20 MB. Importing the same file again changes nothing.',
  dryRun: 'Only check, save nothing yet',
  submit: 'Import',
  submitDryRun: 'Check',
  sending: 'Checking and importing…',
  noFile: 'Choose a file first.',
  wrongType: 'Choose a .zip or .json file.',
  tooLarge: 'The file is larger than 20 MB.',
  written: 'Imported.',
  checked: 'Checked: nothing refused. Nothing has been saved yet.',
  refused: (n) =>
    `Nothing imported: ${n === 1 ? '1 record was' : `${n} records were`} refused. Correct the file and try again.`,
  refusedHeading: 'Refused',
  failed: 'The import failed.',
  network: 'No connection to the server. Please try again.',
  countsCaption: 'Result per kind',
  kind: 'Kind',
  organisations: 'Organisations',
  services: 'Offerings',
  created: 'New',
  changed: 'Changed',
  unchanged: 'Unchanged',
  fieldOf: (record, field, name) =>
    name ? `“${name}” (${record}), field ${field}` : `${record}, field ${field}`,
};
