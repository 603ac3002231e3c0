import { describe, expect, it, jest } from '@jest/globals';
import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, screen } from '@testing-library/react';

import { renderIn } from '../../../shared/testing/render-in';
import { RadiusForm } from './RadiusForm';

function renderForm(lang: 'nl' | 'en') {
  const onAdd = jest.fn();
  renderIn(
    lang,
    // The place search asks the API only when used; it needs a client all the same.
    <MockedProvider mocks={[]}>
      <RadiusForm picked={null} picking={false} onTogglePicking={() => undefined} onAdd={onAdd} />
    </MockedProvider>,
  );
  return onAdd;
}

describe('RadiusForm', () => {
  it('marks the centre and the radius required, and the centre’s name not', () => {
    renderForm('nl');
    const required = (label: string) => (screen.getByLabelText(label) as HTMLInputElement).required;
    expect(['Breedtegraad', 'Lengtegraad', 'Straal in km'].map(required)).toEqual([
      true,
      true,
      true,
    ]);
    expect(required('Naam van het middelpunt (niet verplicht)')).toBe(false);
  });

  it.each([
    ['nl', 'Straal in km', 'Cirkel toevoegen', 'Verplicht.'],
    ['en', 'Radius in km', 'Add circle', 'Required.'],
  ] as const)('says %s "%s" is required when left empty', (lang, radius, add, required) => {
    const onAdd = renderForm(lang);
    fireEvent.change(screen.getByLabelText(radius), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: add }));
    expect(onAdd).not.toHaveBeenCalled();
    expect(screen.getAllByText(required)).toHaveLength(3);
  });
});
