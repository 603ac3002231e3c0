import { describe, expect, it } from '@jest/globals';
import { screen } from '@testing-library/react';

import type { SchoolPageIndicatorFragment } from '../../../generated/graphql';
import { renderIn } from '../../../shared/testing/render-in';
import { IndicatorCard } from './IndicatorCard';

// Europaschool, Amsterdam (24TC00), in the CBS achterstandsscores 2019: 0 with threshold (table
// 1, the funding basis), 748.69 without (table 2) for 1,280 funded pupils. The municipality view
// ranks it among Amsterdam's primary schools with the most need from the 748.69; a page showing
// only "0" says the opposite. In the real file 3,456 of the 5,989 joined schools have 0 with
// threshold and more than 0 without.
const EUROPASCHOOL: SchoolPageIndicatorFragment = {
  kind: 'ACHTERSTANDSSCORE',
  period: '2019',
  isAverage: false,
  value: 0,
  spread: null,
  valueWithoutThreshold: 748.69,
  pupils: 1280,
  unreliable: false,
  joinMethod: 'EXACT_LOCATION',
  sourcePublisher: 'CBS',
  sourceFile: 'cbs-achterstandsscores-basisscholen-2019.xlsx',
};

describe('IndicatorCard', () => {
  it('shows the CBS score without threshold beside the one with, in Dutch', () => {
    renderIn(
      'nl',
      <IndicatorCard indicator={EUROPASCHOOL} label="Achterstandsscore (CBS)" explain="" />,
    );
    expect(screen.getByRole('heading').textContent).toBe('Achterstandsscore (CBS): 0');
    expect(
      screen.getByText(
        '2019 · met drempel; zonder drempel 748,69, het getal waarmee de behoefte wordt geschat · gekoppeld op de vestiging',
      ),
    ).toBeTruthy();
  });

  it('and in English', () => {
    renderIn(
      'en',
      <IndicatorCard indicator={EUROPASCHOOL} label="Disadvantage score" explain="" />,
    );
    expect(
      screen.getByText(
        '2019 · with threshold; without threshold 748.69, the figure the need estimate uses · joined on the location',
      ),
    ).toBeTruthy();
  });

  it('says nothing of a threshold for the schoolweging', () => {
    renderIn(
      'nl',
      <IndicatorCard
        indicator={{
          ...EUROPASCHOOL,
          kind: 'SCHOOLWEGING',
          period: '2021-2024',
          isAverage: true,
          value: 34.56,
          spread: 7.25,
          valueWithoutThreshold: null,
          pupils: null,
        }}
        label="Schoolweging"
        explain=""
      />,
    );
    expect(
      screen.getByText(
        'gemiddelde van de schooljaren 2021-2024 · spreiding 7,25 · gekoppeld op de vestiging',
      ),
    ).toBeTruthy();
  });
});
