import { describe, expect, it } from '@jest/globals';
import { MockedProvider } from '@apollo/client/testing/react';
import { screen, within } from '@testing-library/react';

import { renderIn } from '../../../shared/testing/render-in';
import { PENDING_ORGANISATIONS_QUERY } from '../graphql/pending-organisations.query';
import { PendingOrganisations } from './PendingOrganisations';

// A partner signed up without a phone number and its profile has no e-mail yet: the admin still
// sees how to reach it, the address that signed up (before, the card had no Contact row).
const pending = (changes: { email?: string | null; phone?: string | null }) => ({
  __typename: 'PendingOrganisation' as const,
  id: '00000000-0000-4000-8000-0000000000cc',
  name: 'Stichting Zonder Telefoon',
  kvkNumber: '44556604',
  city: 'Schiedam',
  email: null,
  phone: null,
  accountEmails: ['aanmelder@zondertelefoon.nl'],
  website: null,
  updatedAt: '2026-12-01T10:00:00.000Z',
  ...changes,
});

async function contactRow(
  lang: 'nl' | 'en',
  changes: { email?: string | null; phone?: string | null },
) {
  renderIn(
    lang,
    <MockedProvider
      mocks={[
        {
          request: { query: PENDING_ORGANISATIONS_QUERY },
          result: { data: { pendingOrganisations: [pending(changes)] } },
        },
      ]}
    >
      <PendingOrganisations />
    </MockedProvider>,
  );
  const card = await screen.findByTestId('pending-organisation');
  const term = within(card).getByText('Contact', { selector: 'dt' });
  return term.nextElementSibling?.textContent;
}

describe('a waiting registration’s Contact row', () => {
  it('shows the e-mail of who signed up when there is no phone and no profile e-mail (nl)', async () => {
    expect(await contactRow('nl', {})).toBe('aanmelder@zondertelefoon.nl');
  });

  it('shows the e-mail and the phone when given, each address once (en)', async () => {
    expect(
      await contactRow('en', { email: 'Aanmelder@zondertelefoon.nl', phone: '010 123 4567' }),
    ).toBe('Aanmelder@zondertelefoon.nl · 010 123 4567');
  });
});
