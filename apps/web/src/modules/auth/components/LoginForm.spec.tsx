import { describe, expect, it, jest } from '@jest/globals';
import { act, fireEvent, screen } from '@testing-library/react';

import { graphqlError, renderIn } from '../../../shared/testing/render-in';
import { LoginForm } from './LoginForm';

type Submit = (email: string, password: string) => Promise<unknown>;

function fill(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

async function submit(name = 'Inloggen') {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name }));
  });
}

describe('LoginForm', () => {
  it('labels its fields and refuses empty input at the field, without calling the API', async () => {
    const onSubmit = jest.fn<Submit>();
    renderIn('nl', <LoginForm onSubmit={onSubmit} />);
    const email = screen.getByLabelText('E-mailadres') as HTMLInputElement;
    expect(email.type).toBe('email');
    expect(email.autocomplete).toBe('username');
    expect((screen.getByLabelText('Wachtwoord') as HTMLInputElement).type).toBe('password');

    await submit();
    expect(onSubmit).not.toHaveBeenCalled();
    const summary = screen.getByRole('alert');
    expect(summary.textContent).toContain('Er is een probleem');
    expect(document.activeElement).toBe(summary);
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(email.getAttribute('aria-describedby')!)?.textContent).toBe(
      'Verplicht.',
    );
    // The summary links to the field.
    const link = screen.getByRole('link', { name: 'E-mailadres: Verplicht.' });
    expect(link.getAttribute('href')).toBe(`#${email.id}`);
    fireEvent.click(link);
    expect(document.activeElement).toBe(email);

    fill('E-mailadres', 'geen-adres');
    await submit();
    expect(
      screen.getByText(/Vul een geldig e-mailadres in/, { selector: '.field-error' }),
    ).toBeTruthy();
  });

  it('sends the trimmed email and the password', async () => {
    const onSubmit = jest.fn<Submit>().mockResolvedValue(undefined);
    renderIn('nl', <LoginForm onSubmit={onSubmit} />);
    fill('E-mailadres', '  ib@school.nl ');
    fill('Wachtwoord', 'een lang wachtwoord');
    await submit();
    expect(onSubmit).toHaveBeenCalledWith('ib@school.nl', 'een lang wachtwoord');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says plainly that the email or password is wrong, and clears the password', async () => {
    const onSubmit = jest.fn<Submit>().mockRejectedValue(
      graphqlError('Onjuist e-mailadres of wachtwoord (wrong email or password)', {
        code: 'UNAUTHENTICATED',
        reason: 'BAD_CREDENTIALS',
      }),
    );
    renderIn('nl', <LoginForm onSubmit={onSubmit} />);
    fill('E-mailadres', 'ib@school.nl');
    fill('Wachtwoord', 'fout wachtwoord!');
    await submit();
    expect(screen.getByTestId('form-error').textContent).toBe('Onjuist e-mailadres of wachtwoord.');
    expect((screen.getByLabelText('Wachtwoord') as HTMLInputElement).value).toBe('');
  });

  it('shows the rate-limit message with the wait, in Dutch and in English', async () => {
    const limited = graphqlError('Te veel pogingen', {
      code: 'RATE_LIMITED',
      scope: 'EMAIL_AND_IP',
      reason: 'RATE_LIMITED',
      retryAfterSeconds: 30,
    });
    const onSubmit = jest.fn<Submit>().mockRejectedValue(limited);
    const { unmount } = renderIn('nl', <LoginForm onSubmit={onSubmit} />);
    fill('E-mailadres', 'ib@school.nl');
    fill('Wachtwoord', 'nog een poging');
    await submit();
    expect(screen.getByTestId('form-error').textContent).toBe(
      'Te veel mislukte pogingen. Probeer het over 30 seconden opnieuw.',
    );
    unmount();

    const later = graphqlError('Te veel pogingen', {
      code: 'UNAUTHENTICATED',
      reason: 'RATE_LIMITED',
      retryAfterSeconds: 480,
    });
    renderIn('en', <LoginForm onSubmit={jest.fn<Submit>().mockRejectedValue(later)} />);
    fill('Email address', 'ib@school.nl');
    fill('Password', 'another attempt');
    await submit('Log in');
    expect(screen.getByTestId('form-error').textContent).toBe(
      'Too many failed attempts. Try again in 8 minutes.',
    );
  });
});
