import { describe, expect, it, jest } from '@jest/globals';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';

import type { OfferingFieldsInput } from '../../../generated/graphql';
import { renderIn } from '../../../shared/testing/render-in';
import { emptyOfferingValues } from '../utils/offering-form';
import { OfferingForm, type InterventionOption } from './OfferingForm';

const TYPES: InterventionOption[] = [
  { code: 'EXTRA_LEERTIJD', labelNl: 'Extra leertijd', labelEn: 'Extra learning time' },
  { code: 'OUDERBETROKKENHEID', labelNl: 'Ouderbetrokkenheid', labelEn: 'Parental involvement' },
];

function renderForm(
  lang: 'nl' | 'en',
  onSubmit = jest.fn(async (_input: OfferingFieldsInput) => undefined),
) {
  const onCancel = jest.fn();
  const view = renderIn(
    lang,
    <OfferingForm
      heading="Nieuw aanbod"
      submitLabel="Aanbod toevoegen"
      initial={emptyOfferingValues()}
      interventionTypes={TYPES}
      onSubmit={onSubmit}
      onCancel={onCancel}
    />,
  );
  return { ...view, onSubmit, onCancel };
}

const type = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });

const submit = () => fireEvent.click(screen.getByRole('button', { name: 'Aanbod toevoegen' }));

/** Fills in the least a paid offering needs, with the amount as typed, in the page's language. */
function fillPaid(lang: 'nl' | 'en', amount: string) {
  const nl = lang === 'nl';
  type(nl ? 'Titel' : 'Title', nl ? 'Huiswerkklas' : 'Homework club');
  fireEvent.click(screen.getByLabelText(nl ? 'Extra leertijd' : 'Extra learning time'));
  type(nl ? 'Soort kosten' : 'Kind of cost', 'PAID');
  type(nl ? 'Bedrag in euro' : 'Amount in euros', amount);
}

describe('OfferingForm', () => {
  it('has a labelled control for every field of the offering', () => {
    renderForm('nl');
    for (const label of [
      'Titel',
      'Beschrijving',
      'Extra leertijd',
      'Primair onderwijs',
      'Voortgezet speciaal onderwijs',
      'Ouders',
      'Van groep',
      'Tot en met groep',
      'Van (jaar)',
      'Tot en met (jaar)',
      'Na schooltijd',
      'Soort kosten',
      'Bedrag in euro',
      'Toelichting op de kosten',
      'Financieringsroutes (eigen woorden)',
      'Gemeentelijke subsidie',
      'Niveau van bewijs',
      'Register',
      'Bron',
      'Plaatsen per schooljaar (aantal scholen)',
      'Talen',
    ]) {
      expect(screen.getByLabelText(label)).toBeTruthy();
    }
    expect(screen.getByRole('group', { name: 'Soort interventie' })).toBeTruthy();
  });

  it('refuses an empty form on the spot, naming the fields', () => {
    const { onSubmit } = renderForm('nl');
    submit();
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toContain('Controleer de gemarkeerde velden.');
    const title = screen.getByLabelText('Titel');
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(
      document.getElementById(title.getAttribute('aria-describedby')!.split(' ')[0]!)?.textContent,
    ).toBe('Verplicht.');
    const group = screen.getByRole('group', { name: 'Soort interventie' });
    expect(within(group).getByText('Kies minstens één soort interventie.')).toBeTruthy();
  });

  it('checks ranges and numbers before sending', () => {
    const { onSubmit } = renderForm('nl');
    type('Titel', 'Huiswerkklas');
    fireEvent.click(screen.getByLabelText('Extra leertijd'));
    type('Van groep', '7');
    type('Tot en met groep', '5');
    type('Bedrag in euro', 'twaalf');
    submit();
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByText('Het begin mag niet hoger zijn dan het eind.')).toBeTruthy();
    expect(screen.getByText('Vul een bedrag in, bijvoorbeeld 12,50.')).toBeTruthy();
  });

  it('sends every field, with Dutch decimals and lists read as typed', async () => {
    const { onSubmit } = renderForm('nl');
    type('Titel', '  Huiswerkklas na school ');
    type('Beschrijving', 'Twee middagen per week.');
    fireEvent.click(screen.getByLabelText('Extra leertijd'));
    fireEvent.click(screen.getByLabelText('Primair onderwijs'));
    fireEvent.click(screen.getByLabelText('Ouders'));
    type('Van groep', '5');
    type('Tot en met groep', '8');
    type('Van (jaar)', '8');
    type('Tot en met (jaar)', '12');
    fireEvent.click(screen.getByLabelText('Na schooltijd'));
    type('Soort kosten', 'PAID');
    type('Bedrag in euro', '12,50');
    type('Toelichting op de kosten', 'per leerling per maand');
    type('Financieringsroutes (eigen woorden)', 'NPO-middelen\n\nGelijke Kansen ');
    fireEvent.click(screen.getByLabelText('Nationaal Programma Onderwijs (NPO), eenmalig'));
    type('Niveau van bewijs', 'INDICATIONS_OF_EFFECT');
    type('Register', 'NPO_MENUKAART');
    type('Bron', 'NPO-menukaart 2024');
    type('Plaatsen per schooljaar (aantal scholen)', '12');
    type('Talen', 'nl, EN;ar');
    submit();
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0]![0]).toEqual({
      title: 'Huiswerkklas na school',
      description: 'Twee middagen per week.',
      interventionCodes: ['EXTRA_LEERTIJD'],
      sectors: ['PO'],
      targetGroups: ['PUPILS', 'PARENTS'],
      groepMin: 5,
      groepMax: 8,
      ageMin: 8,
      ageMax: 12,
      deliveryModes: ['AFTER_SCHOOL'],
      costType: 'PAID',
      costAmountEur: 12.5,
      costNote: 'per leerling per maand',
      fundingRoutes: ['NPO-middelen', 'Gelijke Kansen'],
      fundingRouteCodes: ['NPO'],
      evidenceRegister: 'NPO_MENUKAART',
      evidenceLevel: 'INDICATIONS_OF_EFFECT',
      evidenceSource: 'NPO-menukaart 2024',
      capacityPerYear: 12,
      languages: ['nl', 'en', 'ar'],
    });
  });

  it('reads amounts and counts the Dutch way: "10.000" is ten thousand, "12.5" is refused', async () => {
    const { onSubmit } = renderForm('nl');
    fillPaid('nl', '12.5');
    submit();
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByText('Vul een bedrag in, bijvoorbeeld 12,50.')).toBeTruthy();

    type('Bedrag in euro', '€ 10.000');
    type('Plaatsen per schooljaar (aantal scholen)', '1.200');
    submit();
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0]![0]).toMatchObject({
      costAmountEur: 10_000,
      capacityPerYear: 1200,
    });
  });

  it('reads an amount the English way on the English page', async () => {
    const { onSubmit } = renderForm('en');
    fillPaid('en', '10,000.50');
    submit();
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0]![0]).toMatchObject({ costAmountEur: 10_000.5 });
  });

  it('shows the server’s field problems at the fields they name', async () => {
    const onSubmit = jest.fn(async () => {
      throw {
        errors: [
          {
            message: 'BAD_USER_INPUT',
            extensions: {
              code: 'BAD_USER_INPUT',
              fields: [
                { field: 'title', message: 'minstens 3 tekens (at least 3 characters)' },
                { field: 'costAmountEur', message: 'must not be greater than 10000000' },
              ],
            },
          },
        ],
      };
    });
    renderForm('nl', onSubmit);
    type('Titel', 'Abc');
    fireEvent.click(screen.getByLabelText('Ouderbetrokkenheid'));
    submit();
    const title = screen.getByLabelText('Titel');
    await waitFor(() => expect(title.getAttribute('aria-invalid')).toBe('true'));
    // The Dutch half of the server's bilingual message, as a sentence; no English in the Dutch form.
    expect(screen.getByText('Minstens 3 tekens.')).toBeTruthy();
    expect(screen.queryByText(/at least 3 characters/)).toBeNull();
    const amount = screen.getByLabelText('Bedrag in euro');
    expect(amount.getAttribute('aria-invalid')).toBe('true');
    expect(amount.getAttribute('aria-describedby')).toContain('-error');
    expect(screen.getByRole('alert').textContent).toContain('Controleer de gemarkeerde velden.');
  });

  it('reports a problem without a field, and has English labels', async () => {
    const onSubmit = jest.fn(async () => {
      throw new Error('Network down');
    });
    renderForm('en', onSubmit);
    type('Title', 'Homework club');
    fireEvent.click(screen.getByLabelText('Extra learning time'));
    submit();
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe('Saving failed. Network down'),
    );
    expect(screen.getByLabelText('Places per school year (number of schools)')).toBeTruthy();
  });
});
