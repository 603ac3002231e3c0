import { beforeAll, describe, expect, it, jest } from '@jest/globals';
import { MockedProvider } from '@apollo/client/testing/react';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';

import type { LeaAgreementFieldsFragment } from '../../../generated/graphql';
import { renderIn } from '../../../shared/testing/render-in';
import { wholeText } from '../../../shared/testing/whole-text';
import { DELETE_LEA_AGREEMENT_MUTATION } from '../graphql/collaborations.queries';
import { AgreementForm } from './AgreementForm';
import { AgreementItem } from './AgreementItem';

const AGREEMENT: LeaAgreementFieldsFragment = {
  id: '6f1c1d8e-0000-4000-8000-000000000001',
  title: 'LEA Schiedam 2026–2030',
  startsOn: '2026-08-01',
  endsOn: '2030-07-31',
  themes: [{ interventionCode: 'TAAL_LEZEN', goal: 'Elke school werkt aan leesplezier' }],
};

const deleted = {
  request: { query: DELETE_LEA_AGREEMENT_MUTATION, variables: { id: AGREEMENT.id } },
  result: { data: { deleteLeaAgreement: true } },
};

function press(name: string) {
  const button = screen.getByRole('button', { name });
  button.focus();
  act(() => fireEvent.click(button));
}

describe('an agreement in the list', () => {
  function renderItem(onDeleted = jest.fn(), onEdit = jest.fn()) {
    render(
      <MockedProvider mocks={[deleted]}>
        <ul>
          <AgreementItem
            agreement={AGREEMENT}
            shown
            onShow={() => undefined}
            onEdit={onEdit}
            onDeleted={onDeleted}
          />
        </ul>
      </MockedProvider>,
    );
    return { onDeleted, onEdit };
  }

  it('names its edit and delete buttons with the agreement', () => {
    const { onEdit } = renderItem();
    press('Wijzigen: LEA Schiedam 2026–2030');
    expect(onEdit).toHaveBeenCalledTimes(1);
    expect(
      screen.getByRole('button', { name: 'Verwijderen: LEA Schiedam 2026–2030' }),
    ).toBeTruthy();
  });

  it('asks first, with the keyboard on the question; not deleting hands it back', async () => {
    const { onDeleted } = renderItem();
    press('Verwijderen: LEA Schiedam 2026–2030');
    const question = screen.getByText(
      wholeText('p', /Afspraak ‘LEA Schiedam 2026–2030’ verwijderen/),
    );
    expect(document.activeElement).toBe(question);
    press('Niet verwijderen: LEA Schiedam 2026–2030');
    await waitFor(() =>
      expect(document.activeElement?.getAttribute('aria-label')).toBe(
        'Verwijderen: LEA Schiedam 2026–2030',
      ),
    );
    expect(onDeleted).not.toHaveBeenCalled();
  });

  it("shows its period in the reader's words, not as ISO dates", () => {
    const item = (
      <MockedProvider mocks={[]}>
        <ul>
          <AgreementItem
            agreement={AGREEMENT}
            shown
            onShow={() => undefined}
            onEdit={() => undefined}
            onDeleted={() => undefined}
          />
        </ul>
      </MockedProvider>
    );
    const { unmount } = renderIn('nl', item);
    expect(document.body.textContent).toContain('1 augustus 2026 t/m 31 juli 2030');
    expect(document.body.textContent).not.toContain('2026-08-01');
    unmount();
    renderIn('en', item);
    expect(document.body.textContent).toContain('1 August 2026 to 31 July 2030');
  });

  it('deletes once confirmed', async () => {
    const { onDeleted } = renderItem();
    press('Verwijderen: LEA Schiedam 2026–2030');
    press('Ja, verwijderen: LEA Schiedam 2026–2030');
    await waitFor(() => expect(onDeleted).toHaveBeenCalledTimes(1));
  });
});

/** The agreement form of GM0606, editing the given agreement (or a new one). */
function renderForm(
  editing: LeaAgreementFieldsFragment | null,
  onCancel: () => void = () => undefined,
) {
  render(
    <MockedProvider mocks={[]}>
      <AgreementForm
        code="GM0606"
        editing={editing}
        onSaved={() => undefined}
        onCancel={onCancel}
        status=""
      />
    </MockedProvider>,
  );
}

describe('the agreement form, editing', () => {
  // The kinds of help come from the light client's cache (fetch), not from Apollo.
  beforeAll(() => {
    const type = {
      code: 'TAAL_LEZEN',
      labelNl: 'Taal en lezen',
      labelEn: 'Language and reading',
      descriptionNl: '',
      descriptionEn: '',
      evidenceNoteNl: null,
      evidenceNoteEn: null,
      sortOrder: 1,
    };
    globalThis.fetch = (() =>
      Promise.resolve({
        status: 200,
        json: () => Promise.resolve({ data: { interventionTypes: [type] } }),
      })) as unknown as typeof fetch;
  });

  it('is prefilled, says which agreement it changes, takes the keyboard and can be left', async () => {
    const onCancel = jest.fn();
    renderForm(AGREEMENT, onCancel);
    const heading = screen.getByRole('heading', {
      name: 'Afspraak wijzigen: LEA Schiedam 2026–2030',
    });
    expect(document.activeElement).toBe(heading);
    expect((screen.getByLabelText('Naam van de afspraak') as HTMLInputElement).value).toBe(
      AGREEMENT.title,
    );
    expect((screen.getByLabelText('Einddatum') as HTMLInputElement).value).toBe('2030-07-31');
    const theme = await screen.findByRole('checkbox', { name: 'Taal en lezen' });
    expect((theme as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Doel voor taal en lezen') as HTMLInputElement).value).toBe(
      'Elke school werkt aan leesplezier',
    );
    expect(screen.getByRole('button', { name: 'Wijzigingen opslaan' })).toBeTruthy();
    press('Annuleren');
    expect(onCancel).toHaveBeenCalledTimes(1);
  });

  it('is empty and says "new" when editing nothing', async () => {
    renderForm(null);
    expect(screen.getByRole('heading', { name: 'Nieuwe afspraak' })).toBeTruthy();
    expect(document.activeElement).toBe(document.body);
    expect(screen.queryByRole('button', { name: 'Annuleren' })).toBeNull();
    expect(
      ((await screen.findByRole('checkbox', { name: 'Taal en lezen' })) as HTMLInputElement)
        .checked,
    ).toBe(false);
  });

  // The API refuses an agreement without a name, either date or a chosen theme's goal: the form
  // marks them required, as the collaboration form marks its dates.
  it('marks its name, both dates and each chosen theme’s goal required', async () => {
    renderForm(null);
    for (const label of ['Naam van de afspraak', 'Begindatum', 'Einddatum']) {
      expect(screen.getByLabelText(label).hasAttribute('required')).toBe(true);
    }
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Taal en lezen' }));
    expect(screen.getByLabelText('Doel voor taal en lezen').hasAttribute('required')).toBe(true);
  });
});
