import { describe, expect, it } from '@jest/globals';
import { MockedProvider } from '@apollo/client/testing/react';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';

import type { PortalOrganisationFragment } from '../../../generated/graphql';
import { portalOrganisation } from '../../../shared/testing/fixtures';
import { RESUBMIT_ORGANISATION_MUTATION } from '../graphql/resubmit-organisation.mutation';
import { ResubmitSection } from './ResubmitSection';

const REJECTED = portalOrganisation({
  status: 'DRAFT',
  rejectionReason: 'De KvK-inschrijving hoort bij een andere stichting',
});

const resubmitted = {
  request: { query: RESUBMIT_ORGANISATION_MUTATION, variables: { id: REJECTED.id } },
  result: {
    data: {
      resubmitOrganisation: { ...REJECTED, status: 'PENDING' as const },
    },
  },
};

function renderSection(organisation: PortalOrganisationFragment) {
  return render(
    <MockedProvider mocks={[resubmitted]}>
      <ResubmitSection organisation={organisation} />
    </MockedProvider>,
  );
}

describe('ResubmitSection', () => {
  it('tells a rejected partner why, and asks for verification again with the keyboard on the answer', async () => {
    const view = renderSection(REJECTED);
    expect(screen.getByRole('heading', { name: 'Uw aanmelding is afgewezen' })).toBeTruthy();
    expect(screen.getByTestId('rejection-reason').textContent).toBe(
      'Reden van de beheerder: De KvK-inschrijving hoort bij een andere stichting',
    );
    const button = screen.getByRole('button', { name: 'Opnieuw ter verificatie aanbieden' });
    button.focus();
    act(() => fireEvent.click(button));
    const done = await screen.findByText(
      'Aangeboden: uw organisatie wacht weer op verificatie door de beheerder.',
    );
    // The page re-renders with the PENDING organisation: the button goes, the answer stays.
    view.rerender(
      <MockedProvider mocks={[]}>
        <ResubmitSection organisation={{ ...REJECTED, status: 'PENDING' }} />
      </MockedProvider>,
    );
    expect(screen.queryByRole('button')).toBeNull();
    await waitFor(() => expect(document.activeElement?.textContent).toBe(done.textContent));
  });

  it('says nothing for a pending or verified organisation', () => {
    renderSection({ ...REJECTED, status: 'VERIFIED', rejectionReason: null });
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.queryByRole('heading')).toBeNull();
  });
});
