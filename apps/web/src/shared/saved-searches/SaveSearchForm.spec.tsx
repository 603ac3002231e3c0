import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';

import { SessionContext } from '../session/session-context';
import { renderIn } from '../testing/render-in';
import { signedIn } from '../testing/signed-in';
import { SaveSearchForm } from './SaveSearchForm';

// "Bewaar deze zoekopdracht" says "Bewaard" only for the search it saved: once the school leader
// picks another need or filter, the finder shows a search that is not saved yet.

beforeEach(() => {
  globalThis.fetch = jest.fn(() =>
    Promise.resolve({
      status: 200,
      json: () =>
        Promise.resolve({
          data: { saveSearch: { id: 'x', description: 'Aanbod', frequency: 'WEEKLY' } },
        }),
    }),
  ) as unknown as typeof fetch;
});

const STAFF = signedIn({
  email: 'ib@school.nl',
  role: 'SCHOOL_STAFF',
  organisationId: null,
  schoolCodes: ['ZZ0100'],
});

const form = (freeOnly: boolean) => (
  <SessionContext value={STAFF}>
    <SaveSearchForm
      school="ZZ0100"
      needs={['TAAL_LEZEN']}
      query={{ filters: { costTypes: freeOnly ? ['FREE'] : null } }}
    />
  </SessionContext>
);

describe('saving a finder search', () => {
  it('stops saying "Bewaard" when the search changes, and says it again for the saved one', async () => {
    const { rerender } = renderIn('nl', form(false));
    act(() => fireEvent.click(screen.getByRole('button', { name: 'Bewaar zoekopdracht' })));
    const status = screen.getByTestId('save-search-status');
    // The light client prints the query on first use (a dynamic import): a busy machine is slow.
    await waitFor(() => expect(status.textContent).toContain('Bewaard'), { timeout: 15_000 });

    rerender(form(true));
    expect(screen.getByTestId('save-search-status').textContent).toBe('');
    act(() => fireEvent.click(screen.getByLabelText(/Dagelijks/)));
    rerender(form(false));
    expect(screen.getByTestId('save-search-status').textContent).toBe('');
    act(() => fireEvent.click(screen.getByLabelText(/Wekelijks/)));
    expect(screen.getByTestId('save-search-status').textContent).toContain('Bewaard');
  }, 30_000);
});
