import { describe, expect, it, jest } from '@jest/globals';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';

import { aMatch } from './__tests__/fixtures';
import { renderIn } from '../../../shared/testing/render-in';
import { ResultCard } from './ResultCard';

function renderCard(lang: 'nl' | 'en', match = aMatch()) {
  const onOpen = jest.fn();
  const onHighlight = jest.fn();
  const view = renderIn(
    lang,
    <ol>
      <ResultCard
        match={match}
        rank={2}
        highlighted={false}
        onOpen={onOpen}
        onHighlight={onHighlight}
      />
    </ol>,
  );
  return { ...view, onOpen, onHighlight };
}

describe('ResultCard', () => {
  it('shows organisation, offering, reasons, distance, cost, evidence and last confirmation', () => {
    renderCard('nl');
    const card = screen.getByTestId('result-card');
    expect(within(card).getByRole('heading', { name: 'Verlengde schooldag' })).toBeTruthy();
    expect(card.textContent).toContain('Stichting Verlengde Schooldag · Stichting · Schiedam');
    expect(within(card).getByText('Geverifieerd')).toBeTruthy();
    expect(within(card).getByText('Nummer 2')).toBeTruthy();
    expect(within(card).getByText('biedt extra leertijd voor groep 6–8')).toBeTruthy();
    const facts = Object.fromEntries(
      within(card)
        .getAllByRole('term')
        .map((dt) => [dt.textContent, dt.nextElementSibling?.textContent?.replace(/\s/g, ' ')]),
    );
    expect(facts).toEqual({
      Afstand: '1,2 km',
      Kosten: 'gesubsidieerd (€ 12,50)',
      // The NPO menukaart rates kinds of intervention, so it is no badge on the offering.
      Onderbouwing: 'Effectief volgens eerste aanwijzingen (opgave van de partner)',
      'Laatst bevestigd': '14 maart 2025',
    });
  });

  it('marks the partner’s title as Dutch on the English page, so a screen reader reads it in Dutch', () => {
    renderCard('en');
    const heading = within(screen.getByTestId('result-card')).getByRole('heading', {
      name: 'Verlengde schooldag',
    });
    expect(heading.querySelector('[lang="nl"]')?.textContent).toBe('Verlengde schooldag');
  });

  it('says plainly when a partner is full, unverified, never confirmed or has no location', () => {
    const base = aMatch();
    renderCard(
      'nl',
      aMatch({
        full: true,
        distanceKm: null,
        offering: {
          ...base.offering,
          lastConfirmedAt: null,
          cost: { type: 'FREE', amountEur: null, note: null },
        },
        organisation: { ...base.organisation, status: 'PENDING', lastConfirmedAt: null },
      }),
    );
    const card = screen.getByTestId('result-card');
    expect(within(card).getByText('Vol dit schooljaar')).toBeTruthy();
    expect(within(card).getByText('Nog niet geverifieerd')).toBeTruthy();
    expect(within(card).getByText('nog nooit bevestigd')).toBeTruthy();
    expect(within(card).getByText('onbekend')).toBeTruthy();
    expect(within(card).getByText('gratis')).toBeTruthy();
  });

  it('flags an offering not confirmed for the stale period, with its last date', () => {
    const base = aMatch();
    renderCard('nl', aMatch({ isStale: true }));
    expect(screen.getByTestId('stale-flag').textContent).toBe('Niet bevestigd sinds 14 maart 2025');
    cleanup();
    renderCard(
      'en',
      aMatch({
        isStale: true,
        offering: { ...base.offering, lastConfirmedAt: null },
        organisation: { ...base.organisation, lastConfirmedAt: null },
      }),
    );
    expect(screen.getByTestId('stale-flag').textContent).toBe('Never confirmed');
  });

  it('shows no stale flag for a recently confirmed offering', () => {
    renderCard('nl');
    expect(screen.queryByTestId('stale-flag')).toBeNull();
  });

  it('opens the details from its title and highlights its coverage on hover and focus', () => {
    const { onOpen, onHighlight } = renderCard('nl');
    const card = screen.getByTestId('result-card');
    fireEvent.mouseEnter(card);
    expect(onHighlight).toHaveBeenLastCalledWith(aMatch().offeringId);
    fireEvent.mouseLeave(card);
    expect(onHighlight).toHaveBeenLastCalledWith(null);
    const title = within(card).getByRole('button', { name: 'Verlengde schooldag' });
    fireEvent.focus(title);
    expect(onHighlight).toHaveBeenLastCalledWith(aMatch().offeringId);
    fireEvent.click(title);
    expect(onOpen).toHaveBeenCalledTimes(1);
  });

  it('has English labels and dates', () => {
    renderCard('en');
    const card = screen.getByTestId('result-card');
    expect(card.textContent).toContain('Distance1.2 km');
    expect(card.textContent).toContain('Last confirmed14 March 2025');
    expect(card.textContent).toContain('subsidised (€12.50)');
    expect(within(card).getByText('works throughout Schiedam')).toBeTruthy();
  });
});
