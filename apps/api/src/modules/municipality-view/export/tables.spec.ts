import type { MunicipalityNeedsModel } from '../models/needs.model.js';
import { needsComparisonTable } from './tables.js';

// Groningen (GM0014) lies in the province of Groningen (PV20), Utrecht (GM0344) in Utrecht
// (PV26): the comparison's labels are the areas' names, so both rows would read the same.
const area = (label: string, share: number) => ({
  label,
  need: 100,
  met: 100 * share,
  share,
  shareByType: [share, -1],
});

describe('needsComparisonTable', () => {
  it('names the kind of area, so a municipality named like its province is told apart', () => {
    const needs = {
      interventionCodes: ['TAAL_LEZEN', 'VVE_KANSRIJKE_START'],
      comparison: {
        own: area('Groningen', 0.171),
        province: area('Groningen', 0.093),
        national: area('Nederland', 0.054),
        similar: area('Vergelijkbare gemeenten', 0.053),
        similarMunicipalities: [{ code: 'GM0758', name: 'Breda', share: 0.053 }],
      },
    } as unknown as MunicipalityNeedsModel;
    const table = needsComparisonTable(needs);
    expect(table.rows.map((r) => r[0])).toEqual([
      'Groningen (deze gemeente)',
      'Provincie Groningen',
      'Nederland',
      'Vergelijkbare gemeenten',
      'vergelijkbaar: Breda',
    ]);
    // The figures stay as they were; a type that applies nowhere stays empty.
    expect(table.rows[1]).toEqual(['Provincie Groningen', 100, 9.3, 0.093, 0.093, null]);
  });
});
