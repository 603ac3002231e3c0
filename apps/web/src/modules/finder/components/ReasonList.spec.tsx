import { describe, expect, it } from '@jest/globals';
import { screen, within } from '@testing-library/react';

import { aMatch } from './__tests__/fixtures';
import { renderIn } from '../../../shared/testing/render-in';
import { ReasonList } from './ReasonList';

describe('ReasonList', () => {
  it('shows the engine’s Dutch reasons in order, leaving the distance to the facts', () => {
    renderIn('nl', <ReasonList reasons={aMatch().reasons} />);
    const list = screen.getByRole('list', { name: 'Waarom deze partner' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'werkt in heel Schiedam',
      'biedt extra leertijd voor groep 6–8',
      'Effectief volgens eerste aanwijzingen (opgave van de partner)',
    ]);
  });

  it('rebuilds the reasons in English from their codes and parameters', () => {
    const reasons = [
      ...aMatch().reasons,
      {
        code: 'COVERAGE_RADIUS',
        text: 'werkt binnen 7,5 km van Schiedam-Oost',
        params: { radiusKm: 7.5, centreKind: 'NAMED', centre: 'Schiedam-Oost' },
      },
      {
        code: 'EVIDENCE_NJI_EFFECTIVE',
        text: 'erkend door het NJi: Effectief volgens goede aanwijzingen',
        params: { register: 'NJI', level: 'PROVEN_EFFECTIVE' },
      },
      { code: 'FULL', text: 'geen plaats meer dit schooljaar', params: {} },
    ];
    renderIn('en', <ReasonList reasons={reasons} />);
    const items = screen.getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      'works throughout Schiedam',
      'offers extra support, tutoring and extra learning time for groups 6–8',
      'Effectief volgens eerste aanwijzingen (effective: first indications), as stated by the partner',
      'works within 7.5 km of Schiedam-Oost',
      'recognised by the NJi: Effectief volgens goede aanwijzingen (effective: good indications)',
      'no places left this school year',
    ]);
    expect(items.every((li) => !li.hasAttribute('lang'))).toBe(true);
  });

  it('falls back to the Dutch text, marked as Dutch, for a code it does not know', () => {
    renderIn(
      'en',
      <ReasonList reasons={[{ code: 'SOMETHING_NEW', text: 'iets nieuws', params: {} }]} />,
    );
    const item = screen.getByRole('listitem');
    expect(item.textContent).toBe('iets nieuws');
    expect(item.getAttribute('lang')).toBe('nl');
  });

  it('renders nothing when only the distance is left', () => {
    const { container } = renderIn(
      'nl',
      <ReasonList reasons={[{ code: 'DISTANCE', text: 'partner op 1 km', params: { km: 1 } }]} />,
    );
    expect(container.innerHTML).toBe('');
  });
});
