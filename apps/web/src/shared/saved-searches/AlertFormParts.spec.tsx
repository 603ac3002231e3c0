import { describe, expect, it, jest } from '@jest/globals';
import { fireEvent, screen } from '@testing-library/react';

import { graphqlError, renderIn } from '../testing/render-in';
import { AlertFormSubmit, FrequencyChoice } from './AlertFormParts';

describe('FrequencyChoice', () => {
  it('offers daily and weekly under one legend, and reports the choice', () => {
    const onChange = jest.fn();
    renderIn('nl', <FrequencyChoice id="f1" value="WEEKLY" onChange={onChange} />);
    const group = screen.getByRole('group', { name: 'Hoe vaak wilt u een e-mail?' });
    const radios = screen.getAllByRole('radio');
    expect(group).toBeTruthy();
    expect(radios.map((r) => (r as HTMLInputElement).value)).toEqual(['DAILY', 'WEEKLY']);
    expect(radios.map((r) => (r as HTMLInputElement).name)).toEqual([
      'f1-frequency',
      'f1-frequency',
    ]);
    expect((radios[1] as HTMLInputElement).checked).toBe(true);
    fireEvent.click(radios[0]!);
    expect(onChange).toHaveBeenCalledWith('DAILY');
  });
});

describe('AlertFormSubmit', () => {
  it('disables the button while saving and says nothing yet', () => {
    renderIn('en', <AlertFormSubmit state={{ loading: true }} statusTestId="st" />);
    const button = screen.getByRole('button', { name: 'Saving…' }) as HTMLButtonElement;
    // Unavailable but still focused (BusyButton): aria-disabled, not the disabled attribute.
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(screen.getByTestId('st').textContent).toBe('');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('links to the list once saved', () => {
    renderIn('nl', <AlertFormSubmit state={{ loading: false, data: {} }} />);
    expect(screen.getByRole('status').textContent).toContain('Bewaard.');
    expect(screen.getByRole('link', { name: 'Mijn zoekopdrachten' }).getAttribute('href')).toBe(
      '/mijn-zoekopdrachten',
    );
  });

  it('shows the server’s message as an alert', () => {
    const error = graphqlError('te veel zoekopdrachten', { code: 'BAD_USER_INPUT' });
    renderIn('nl', <AlertFormSubmit state={{ loading: false, error }} />);
    expect(screen.getByRole('alert').textContent).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('names a search saved before in the reader’s language, without the field name', () => {
    const message =
      'u heeft deze zoekopdracht al bewaard: ‘Aanbod voor De Regenboog (ZZ0100)’, wekelijks een e-mail' +
      ' (you have already saved this search: ‘Offerings for De Regenboog (ZZ0100)’, an email every week)';
    const error = graphqlError(`input: ${message}`, {
      code: 'BAD_USER_INPUT',
      reason: 'DUPLICATE',
      fields: [{ field: 'input', message }],
    });
    renderIn('nl', <AlertFormSubmit state={{ loading: false, error }} />);
    expect(screen.getByRole('alert').textContent).toBe(
      'U heeft deze zoekopdracht al bewaard: ‘Aanbod voor De Regenboog (ZZ0100)’, wekelijks een e-mail.',
    );
  });

  it('shows a failed save in the reader’s language', () => {
    const error = graphqlError('Te veel zoekopdrachten (Too many saved searches)', {
      code: 'BAD_USER_INPUT',
    });
    renderIn('en', <AlertFormSubmit state={{ loading: false, error }} />);
    expect(screen.getByRole('alert').textContent).toBe('Too many saved searches');
  });
});
