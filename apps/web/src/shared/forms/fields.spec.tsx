import { describe, expect, it, jest } from '@jest/globals';
import { fireEvent, screen, within } from '@testing-library/react';

import { renderIn } from '../testing/render-in';
import { CheckboxFieldset } from './CheckboxFieldset';
import { SelectField } from './SelectField';
import { TextField } from './TextField';

const OPTIONS = [
  { value: 'a', label: 'Ouders' },
  { value: 'b', label: 'Leerlingen' },
] as const;

describe('TextField', () => {
  it('is a text area with its name, hint, problem and counter when multiline', () => {
    const onValueChange = jest.fn();
    renderIn(
      'nl',
      <TextField
        id="f-description"
        name="description"
        label="Beschrijving"
        hint="Wat doet u?"
        error="Te lang."
        value="abc"
        onValueChange={onValueChange}
        autoComplete="off"
        maxLength={10}
        multiline
        rows={5}
      />,
    );
    const area = screen.getByLabelText('Beschrijving');
    expect(area.tagName).toBe('TEXTAREA');
    expect(area.getAttribute('name')).toBe('description');
    expect(area.getAttribute('rows')).toBe('5');
    expect(area.getAttribute('maxlength')).toBe('10');
    expect(area.getAttribute('aria-invalid')).toBe('true');
    expect(area.getAttribute('aria-describedby')).toBe(
      'f-description-hint f-description-error f-description-count',
    );
    // The input's own attributes stay the input's.
    expect(area.hasAttribute('autocomplete')).toBe(false);
    fireEvent.change(area, { target: { value: 'abcd' } });
    expect(onValueChange).toHaveBeenCalledWith('abcd');
  });

  it('is a one-line input otherwise', () => {
    renderIn('nl', <TextField id="f-city" label="Plaats" value="" onValueChange={() => {}} />);
    const input = screen.getByLabelText('Plaats');
    expect(input.tagName).toBe('INPUT');
    expect(input.hasAttribute('aria-describedby')).toBe(false);
  });
});

describe('SelectField', () => {
  it('gives the select its name in the form', () => {
    renderIn(
      'nl',
      <SelectField
        id="f-cost"
        name="costType"
        label="Kosten"
        value="b"
        options={['a', 'b']}
        optionLabel={(o) => o.toUpperCase()}
        onValueChange={() => {}}
      />,
    );
    expect(screen.getByLabelText('Kosten').getAttribute('name')).toBe('costType');
  });
});

describe('CheckboxFieldset', () => {
  it('ties its hint and problem to the group and names its boxes', () => {
    const onChange = jest.fn();
    renderIn(
      'nl',
      <CheckboxFieldset
        id="f-groups"
        name="targetGroups"
        legend="Doelgroepen"
        hint="Kies er een of meer."
        error="Kies minstens één doelgroep."
        layout="columns"
        options={OPTIONS}
        selected={['b']}
        onChange={onChange}
      />,
    );
    const group = screen.getByRole('group', { name: 'Doelgroepen' });
    expect(group.getAttribute('aria-describedby')).toBe('f-groups-hint f-groups-error');
    expect(within(group).getByText('Kies er een of meer.').id).toBe('f-groups-hint');
    expect(within(group).getByText('Kies minstens één doelgroep.').id).toBe('f-groups-error');
    // In columns the boxes are a list, so a screen reader counts them.
    expect(within(group).getAllByRole('listitem')).toHaveLength(2);
    const parents = within(group).getByLabelText('Ouders');
    expect(parents.id).toBe('f-groups-a');
    expect(parents.getAttribute('name')).toBe('targetGroups');
    expect(parents.getAttribute('value')).toBe('a');
    fireEvent.click(parents);
    expect(onChange).toHaveBeenCalledWith(['a', 'b']);
  });

  it('stays a plain group of rows without them', () => {
    renderIn(
      'nl',
      <CheckboxFieldset legend="Doelgroepen" options={OPTIONS} selected={[]} onChange={() => {}} />,
    );
    const group = screen.getByRole('group', { name: 'Doelgroepen' });
    expect(group.className).toBe('checkbox-group');
    expect(group.hasAttribute('aria-describedby')).toBe(false);
    expect(within(group).queryByRole('list')).toBeNull();
    expect(within(group).getByLabelText('Ouders').hasAttribute('name')).toBe(false);
    expect(within(group).getByLabelText('Ouders').hasAttribute('value')).toBe(false);
  });
});
