import { describe, expect, it } from '@jest/globals';
import { MockedProvider } from '@apollo/client/testing/react';
import { GraphQLError } from 'graphql';
import { useState } from 'react';
import { screen, waitFor } from '@testing-library/react';

import { collaborationsEn, collaborationsNl } from '../collaborations.messages';
import { renderIn } from '../../../shared/testing/render-in';
import { ORGANISATION_NAME_QUERY } from '../../../shared/pickers/graphql/pickers.queries';
import type { PickerOption, PickerTexts } from '../../../shared/pickers/MultiPicker';
import { OrganisationPicker } from '../../../shared/pickers/PartyPickers';

// A partner chosen by id (a link from an accepted contact request) that was rejected or
// suspended since: the viewer may not read it, and its chip says so instead of showing a raw
// id, without the organisation's name.
const HIDDEN = '6f1c1d8e-1111-4000-8000-000000000abc';

const TEXTS: PickerTexts = {
  label: 'Partners',
  hint: '',
  chosen: 'Gekozen',
  noneChosen: 'Geen',
  suggestions: (l) => l,
  found: (n) => String(n),
  nothingFound: (x) => x,
  typeMore: '',
  added: (n) => n,
  removed: (n) => n,
  remove: (n) => `Verwijder ${n}`,
  searchFailed: '',
};

const refused = {
  request: { query: ORGANISATION_NAME_QUERY, variables: { id: HIDDEN } },
  result: {
    errors: [
      new GraphQLError('organisationId: niet gevonden (not found)', {
        extensions: { code: 'BAD_USER_INPUT', reason: 'NOT_FOUND' },
      }),
    ],
  },
};

function Harness({ unreadable }: { unreadable: (shortId: string) => string }) {
  const [chosen, setChosen] = useState<PickerOption[]>([{ id: HIDDEN, name: '', meta: '' }]);
  return (
    <OrganisationPicker
      id="c-partners"
      texts={TEXTS}
      chosen={chosen}
      onChange={setChosen}
      unreadable={unreadable}
    />
  );
}

describe('a chosen partner the viewer may not read', () => {
  it('reads "Partner niet (meer) zichtbaar", not its id', async () => {
    const { unmount } = renderIn(
      'nl',
      <MockedProvider mocks={[refused]}>
        <Harness unreadable={collaborationsNl.form.partnerUnreadable} />
      </MockedProvider>,
    );
    const chip = await screen.findByTestId('picker-chip');
    await waitFor(() => expect(chip.textContent).toContain('Partner niet (meer) zichtbaar'));
    expect(chip.textContent).not.toContain(HIDDEN);
    expect(screen.getByRole('button', { name: /Verwijder Partner niet/ })).toBeTruthy();
    unmount();
    renderIn(
      'en',
      <MockedProvider mocks={[refused]}>
        <Harness unreadable={collaborationsEn.form.partnerUnreadable} />
      </MockedProvider>,
    );
    await waitFor(() =>
      expect(screen.getByTestId('picker-chip').textContent).toContain(
        'Partner not (or no longer) visible to you',
      ),
    );
  });
});
