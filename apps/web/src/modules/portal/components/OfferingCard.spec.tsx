import { describe, expect, it, jest } from '@jest/globals';
import { act, fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';

import type { OfferingStatus, PortalOfferingFragment } from '../../../generated/graphql';
import { renderIn } from '../../../shared/testing/render-in';
import { OfferingCard } from './OfferingCard';

// An offering without areas (so no demand query), in the given status.
const offering = (status: OfferingStatus): PortalOfferingFragment => ({
  id: 'o1',
  organisationId: 'org1',
  title: 'Huiswerkklas',
  description: '',
  status,
  isStale: false,
  lastConfirmedAt: null,
  interventionCodes: [],
  sectors: [],
  targetGroups: [],
  deliveryModes: [],
  fundingRoutes: [],
  fundingRouteCodes: [],
  capacityPerYear: null,
  languages: [],
  coverage: [],
  groep: { min: null, max: null },
  age: { min: null, max: null },
  cost: { type: 'FREE', amountEur: null, note: null },
  evidence: { register: 'NONE', level: 'NOT_ASSESSED', source: null },
});

/** What a card is given besides its offering, its busy flag and its status change: nothing to do. */
const quiet = {
  needLabel: (code: string) => code,
  onEdit: () => undefined,
  onCoverage: () => undefined,
  onConfirm: () => undefined,
};

/** The card as the offering list holds it: busy while the change is sent, then the new status. */
function Listed({ onStatus }: { onStatus: (status: OfferingStatus) => void }) {
  const [status, setStatus] = useState<OfferingStatus>('ACTIVE');
  const [busy, setBusy] = useState(false);
  return (
    <OfferingCard
      {...quiet}
      offering={offering(status)}
      busy={busy}
      onStatus={async (next) => {
        onStatus(next);
        setBusy(true);
        await Promise.resolve();
        setStatus(next);
        setBusy(false);
      }}
    />
  );
}

/** Answers the card's question with Ja and lets the change finish. */
async function confirm(action: string) {
  fireEvent.click(screen.getByRole('button', { name: action }));
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Ja' }));
    await Promise.resolve();
  });
}

describe('OfferingCard', () => {
  it('keeps the keyboard on the status button through pausing and reactivating', async () => {
    const onStatus = jest.fn();
    renderIn('nl', <Listed onStatus={onStatus} />);
    await confirm('Pauzeren: Huiswerkklas');
    expect(onStatus).toHaveBeenLastCalledWith('PAUSED');
    expect(screen.getByTestId('offering-status').textContent).toBe('Gepauzeerd');
    expect(document.activeElement).toBe(
      screen.getByRole('button', { name: 'Weer actief maken: Huiswerkklas' }),
    );

    await confirm('Weer actief maken: Huiswerkklas');
    expect(onStatus).toHaveBeenLastCalledWith('ACTIVE');
    expect(document.activeElement).toBe(
      screen.getByRole('button', { name: 'Pauzeren: Huiswerkklas' }),
    );
  });

  it.each(['nl', 'en'] as const)(
    'names each button by its text and then the offering (%s), so a list of them tells the cards apart',
    (lang) => {
      const card = (status: OfferingStatus) => (
        <OfferingCard
          {...quiet}
          offering={offering(status)}
          busy={false}
          onStatus={async () => undefined}
        />
      );
      const seen: { text: string; name: string }[] = [];
      for (const status of ['ACTIVE', 'PAUSED'] as const) {
        const { unmount } = renderIn(lang, card(status));
        for (const button of screen.getAllByRole('button')) {
          seen.push({
            text: button.textContent ?? '',
            name: button.getAttribute('aria-label') ?? '',
          });
        }
        unmount();
      }
      // Wijzigen, Werkgebied, Nog actueel, Archiveren, and Pauzeren or Weer actief maken.
      expect(seen).toHaveLength(10);
      for (const { text, name } of seen) {
        expect(name.startsWith(text)).toBe(true);
        expect(name).toContain('Huiswerkklas');
      }
    },
  );
});
