import { describe, expect, it } from '@jest/globals';
import { screen, within } from '@testing-library/react';

import type { MunicipalityNeedsQuery } from '../../../generated/graphql';
import { renderIn } from '../../../shared/testing/render-in';
import { NeedsComparison } from './NeedsComparison';

type Comparison = MunicipalityNeedsQuery['municipalityNeeds']['comparison'];

// Groningen (GM0014) lies in the province of Groningen (PV20): the API labels both areas
// "Groningen" (their names), with different shares (on the real data with a few offerings:
// 17.1 % against 9.3 %).
const area = (label: string, share: number) => ({ label, share });
const GRONINGEN: Comparison = {
  own: area('Groningen', 0.171),
  province: area('Groningen', 0.093),
  national: area('Nederland', 0.054),
  similar: area('Vergelijkbare gemeenten', 0.053),
  similarMunicipalities: [
    { code: 'GM0758', name: 'Breda', share: 0.053 },
    { code: 'GM0193', name: 'Zwolle', share: 0.053 },
  ],
  similarRuleNl: 'De 5 gemeenten die het dichtst bij deze liggen.',
  similarRuleEn: 'The 5 municipalities closest to this one.',
};

const rowsOf = () =>
  within(screen.getByTestId('needs-comparison'))
    .getAllByRole('row')
    .slice(1)
    .map((row) => [
      within(row).getByRole('rowheader').textContent,
      within(row).getByRole('cell').textContent,
    ]);

describe('NeedsComparison', () => {
  it('names the kind of each area, so a municipality named like its province is told apart (nl)', () => {
    renderIn('nl', <NeedsComparison comparison={GRONINGEN} />);
    expect(rowsOf()).toEqual([
      ['Groningen (deze gemeente)', '17,1%'],
      ['Provincie Groningen', '9,3%'],
      ['Nederland', '5,4%'],
      ['Vergelijkbare gemeenten: Breda, Zwolle', '5,3%'],
    ]);
  });

  it('does the same in English', () => {
    renderIn('en', <NeedsComparison comparison={GRONINGEN} />);
    expect(rowsOf().map(([name]) => name)).toEqual([
      'Groningen (this municipality)',
      'Province of Groningen',
      'Netherlands',
      'Similar municipalities: Breda, Zwolle',
    ]);
    expect(screen.getByText('The 5 municipalities closest to this one.')).toBeTruthy();
  });
});
