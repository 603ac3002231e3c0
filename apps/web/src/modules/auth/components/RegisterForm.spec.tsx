import { describe, expect, it, jest } from '@jest/globals';
import { act, fireEvent, screen } from '@testing-library/react';

import { graphqlError, renderIn } from '../../../shared/testing/render-in';
import { RegisterForm, type RegistrationValues } from './RegisterForm';

type Submit = (values: RegistrationValues) => Promise<unknown>;

function fill(label: string | RegExp, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

async function submit(name = 'Aanmelden') {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name }));
  });
}

/** A submit the server refuses with BAD_USER_INPUT, naming the fields at fault. */
function refusedWith(
  message: string,
  reason: string,
  fields: { field: string; message: string }[],
) {
  return jest
    .fn<Submit>()
    .mockRejectedValue(graphqlError(message, { code: 'BAD_USER_INPUT', reason, fields }));
}

function fillValid() {
  fill('Naam van de organisatie', 'Stichting Leerkracht Schiedam');
  fill('KvK-nummer', '1234 5678');
  fill(/^Plaats/, 'Schiedam');
  fill('E-mailadres', 'info@leerkracht.nl');
  fill('Wachtwoord', 'een lang genoeg wachtwoord');
  fill('Herhaal het wachtwoord', 'een lang genoeg wachtwoord');
}

describe('RegisterForm', () => {
  it('groups and labels its fields, marking the optional ones', () => {
    renderIn('nl', <RegisterForm onSubmit={jest.fn<Submit>()} />);
    expect(screen.getByRole('group', { name: 'Organisatie' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Uw account' })).toBeTruthy();
    expect(screen.getByLabelText('Plaats (optioneel)')).toBeTruthy();
    expect(screen.getByLabelText('Telefoonnummer voor contact (optioneel)')).toBeTruthy();
    const kvk = screen.getByLabelText('KvK-nummer');
    expect(
      document.getElementById(kvk.getAttribute('aria-describedby')!.split(' ')[0]!)?.textContent,
    ).toMatch(/8 cijfers/);
  });

  it('checks KvK number, email and passwords before sending', async () => {
    const onSubmit = jest.fn<Submit>();
    renderIn('nl', <RegisterForm onSubmit={onSubmit} />);
    fillValid();
    fill('KvK-nummer', '1234');
    fill('E-mailadres', 'info@');
    fill('Wachtwoord', 'kort');
    await submit();
    expect(onSubmit).not.toHaveBeenCalled();
    const summary = screen.getByRole('alert');
    expect(document.activeElement).toBe(summary);
    expect([...summary.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'KvK-nummer: Een KvK-nummer bestaat uit 8 cijfers.',
      'E-mailadres: Vul een geldig e-mailadres in, bijvoorbeeld naam@organisatie.nl.',
      'Wachtwoord: Gebruik minstens 12 tekens.',
    ]);

    fill('KvK-nummer', '12345678');
    fill('E-mailadres', 'info@leerkracht.nl');
    fill('Wachtwoord', 'een lang genoeg wachtwoord');
    fill('Herhaal het wachtwoord', 'een ander wachtwoord!');
    await submit();
    expect(
      screen.getByRole('link', { name: /De twee wachtwoorden zijn niet gelijk/ }),
    ).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('sends the cleaned values', async () => {
    const onSubmit = jest.fn<Submit>().mockResolvedValue(undefined);
    renderIn('nl', <RegisterForm onSubmit={onSubmit} />);
    fillValid();
    await submit();
    expect(onSubmit).toHaveBeenCalledWith({
      organisationName: 'Stichting Leerkracht Schiedam',
      kvkNumber: '12345678',
      city: 'Schiedam',
      phone: '',
      email: 'info@leerkracht.nl',
      password: 'een lang genoeg wachtwoord',
    });
  });

  it('shows a duplicate KvK number plainly at the KvK field', async () => {
    const onSubmit = refusedWith(
      'kvkNumber: deze organisatie staat er al — vraag toegang aan de beheerder',
      'DUPLICATE',
      [
        {
          field: 'kvkNumber',
          message: 'deze organisatie staat er al — vraag toegang aan de beheerder',
        },
      ],
    );
    renderIn('nl', <RegisterForm onSubmit={onSubmit} />);
    fillValid();
    await submit();
    const kvk = screen.getByLabelText('KvK-nummer');
    expect(kvk.getAttribute('aria-invalid')).toBe('true');
    const described = kvk
      .getAttribute('aria-describedby')!
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent);
    expect(described).toContain('Deze organisatie staat er al — vraag toegang aan de beheerder.');
    expect(screen.getByRole('alert').textContent).toContain(
      'KvK-nummer: Deze organisatie staat er al — vraag toegang aan de beheerder.',
    );
    // Other fields keep their values, so the partner can correct and try again.
    expect((screen.getByLabelText('Naam van de organisatie') as HTMLInputElement).value).toBe(
      'Stichting Leerkracht Schiedam',
    );
  });

  it('puts other server field errors at their fields, also in English', async () => {
    const onSubmit = refusedWith('BAD_USER_INPUT', 'INVALID', [
      { field: 'phone', message: 'alleen cijfers (digits only)' },
      { field: 'somethingElse', message: 'onbekend probleem' },
    ]);
    renderIn('en', <RegisterForm onSubmit={onSubmit} />);
    fill('Name of the organisation', 'Stichting Leerkracht');
    fill('KvK number (Chamber of Commerce)', '12345678');
    fill('Email address', 'info@leerkracht.nl');
    fill('Password', 'een lang genoeg wachtwoord');
    fill('Repeat the password', 'een lang genoeg wachtwoord');
    await submit('Register');
    const phone = screen.getByLabelText('Contact phone number (optional)');
    expect(phone.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByTestId('form-error').textContent).toBe(
      'That did not work. Onbekend probleem.',
    );
  });
});
