import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';

import { renderIn } from '../../testing/render-in';
import { ContactForm } from './ContactForm';

// The contact form as a school leader meets it: opening, cancelling, and what a refusal or a
// lost connection says, in the page's language.

let fetchMock: jest.Mock<(url: string, init: RequestInit) => Promise<unknown>>;
const answer = (body: unknown) =>
  Promise.resolve({ status: 200, json: () => Promise.resolve(body) });

beforeEach(() => {
  fetchMock = jest.fn(() => answer({ data: null }));
  globalThis.fetch = fetchMock as unknown as typeof fetch;
});

const FORM = (
  <ContactForm
    school={{ vestigingscode: 'ZZ0100', name: 'De Regenboog' }}
    offeringId="11111111-1111-4111-8111-111111111111"
    offeringTitle="Huiswerkclub"
    organisationName="Stichting Voorbeeld"
  />
);

function press(name: string | RegExp) {
  const button = screen.getByRole('button', { name });
  button.focus();
  act(() => fireEvent.click(button));
}

function fill(lang: 'nl' | 'en') {
  const [name, email, message] =
    lang === 'nl'
      ? ['Uw naam', 'Uw e-mailadres', 'Bericht']
      : ['Your name', 'Your email address', 'Message'];
  fireEvent.change(screen.getByLabelText(name), { target: { value: 'Jan' } });
  fireEvent.change(screen.getByLabelText(email), { target: { value: 'jan@school.nl' } });
  fireEvent.change(screen.getByLabelText(message), { target: { value: 'Graag kennismaken.' } });
}

/** Opens the form in the page's language, fills it in and sends it. */
function send(lang: 'nl' | 'en') {
  renderIn(lang, FORM);
  press(lang === 'nl' ? 'Neem contact op' : 'Get in touch');
  fill(lang);
  press(lang === 'nl' ? 'Verstuur verzoek' : 'Send request');
}

/** The API's refusal of one field of the request (a BAD_USER_INPUT naming that field). */
const refusal = (
  field: string,
  message: string,
  { reason, code }: { reason?: string; code?: string },
) =>
  answer({
    errors: [
      {
        message: `${field}: ${message}`,
        extensions: {
          code: 'BAD_USER_INPUT',
          ...(reason && { reason }),
          fields: [{ field, message, ...(code && { code }) }],
        },
      },
    ],
  });

describe('the contact form', () => {
  it('hands the keyboard back to its opening button when cancelled, keeping what was typed', () => {
    renderIn('nl', FORM);
    press('Neem contact op');
    expect(document.activeElement).toBe(screen.getByLabelText('Uw naam'));
    fireEvent.change(screen.getByLabelText('Uw naam'), { target: { value: 'Jan' } });
    press('Annuleren');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Neem contact op' }));
    press('Neem contact op');
    expect(screen.getByLabelText<HTMLInputElement>('Uw naam').value).toBe('Jan');
  });

  it("puts a refusal of the string check ($input.message) at its field, in the page's language", async () => {
    fetchMock.mockImplementation(() =>
      refusal(
        '$input.message',
        'bevat een teken dat de leesrichting omzet (contains a direction override)',
        { code: 'CONTROL_CHARACTERS' },
      ),
    );
    send('en');
    const message = screen.getByLabelText('Message');
    await waitFor(() => expect(message.getAttribute('aria-invalid')).toBe('true'));
    const described = (message.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent)
      .join(' ');
    expect(described).toContain('Contains characters that do not belong in text.');
    expect(screen.getByRole('alert').textContent).not.toMatch(/leesrichting|\$input/);
  });

  it('says the offering cannot be asked for any more when it went while the form was open', async () => {
    // The partner archived it after the finder showed it: the API names the refused field.
    fetchMock.mockImplementation(() =>
      refusal('offeringId', 'onbekend (unknown)', { reason: 'NOT_FOUND' }),
    );
    send('nl');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Dit aanbod is nu niet aan te vragen voor deze school');
    expect(alert.textContent).not.toMatch(/onbekend/);
    // What was typed stays, for another offering.
    expect(screen.getByLabelText<HTMLTextAreaElement>('Bericht').value).toBe('Graag kennismaken.');
  });

  it("keeps the server's words for a second request for the same offering", async () => {
    const duplicate =
      'u heeft dit al aangevraagd; de partner neemt contact met u op (you already requested this in the last 24 hours)';
    fetchMock.mockImplementation(() => refusal('offeringId', duplicate, { reason: 'DUPLICATE' }));
    send('en');
    const alert = await screen.findByRole('alert');
    // As a sentence of its own (a message without catalogue text), in the reader's language.
    expect(alert.textContent).toContain('You already requested this in the last 24 hours.');
  });

  it('says in Dutch that the connection failed, not the browser\'s "Failed to fetch"', async () => {
    fetchMock.mockImplementation(() => Promise.reject(new TypeError('Failed to fetch')));
    send('nl');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Geen verbinding met de server');
    expect(alert.textContent).not.toContain('Failed to fetch');
  });
});
