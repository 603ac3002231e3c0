import { describe, expect, it } from '@jest/globals';
import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, screen } from '@testing-library/react';

import { RouterContext } from '../../../app/routing/router-context';
import { contactRequest } from '../../../shared/testing/fixtures';
import { renderIn } from '../../../shared/testing/render-in';
import {
  ANSWER_CONTACT_REQUEST_BY_LINK_MUTATION,
  CONTACT_REQUEST_BY_ANSWER_LINK_QUERY,
} from '../graphql/contact-link.graphql';
import { AnswerByLinkPage } from './AnswerByLinkPage';

// A partner without an account accepts through the mailed link, but the request was accepted
// already (the inbox, another window, a colleague): the page says the answer had been given and
// that no second mail went out, instead of "saved, the school gets an email"; a screen reader
// hears it through the page's status line, as it hears a new answer.
const TOKEN = 'b'.repeat(43);
const request = contactRequest(9, {
  vestigingscode: 'ZZ0100',
  organisationId: '6f1c1d8e-0000-4000-8000-0000000000aa',
});

const opened = {
  request: { query: CONTACT_REQUEST_BY_ANSWER_LINK_QUERY, variables: { token: TOKEN } },
  result: { data: { contactRequestByAnswerLink: request } },
};

function answered(alreadyAnswered: boolean) {
  return {
    request: {
      query: ANSWER_CONTACT_REQUEST_BY_LINK_MUTATION,
      variables: { token: TOKEN, status: 'ACCEPTED', reason: null, expectedStatus: 'REQUESTED' },
    },
    result: {
      data: {
        answerContactRequestByLink: { ...request, status: 'ACCEPTED' as const, alreadyAnswered },
      },
    },
  };
}

async function acceptOnPage(lang: 'nl' | 'en', alreadyAnswered: boolean) {
  renderIn(
    lang,
    <RouterContext
      value={{
        path: '/verzoek/beantwoorden',
        search: `?token=${TOKEN}`,
        navigate: () => undefined,
        guard: () => () => undefined,
      }}
    >
      <MockedProvider mocks={[opened, answered(alreadyAnswered)]}>
        <AnswerByLinkPage />
      </MockedProvider>
    </RouterContext>,
  );
  const accept = await screen.findByRole('button', {
    name: lang === 'nl' ? /^Accepteren/ : /^Accept/,
  });
  fireEvent.click(accept);
  return screen.findByTestId('answer-done');
}

describe('the mailed answer page when the answer had been given already', () => {
  it('says so in Dutch, shown once and announced, not as a new answer', async () => {
    const done = await acceptOnPage('nl', true);
    const text =
      'Dit antwoord was al gegeven: het verzoek stond al op "geaccepteerd" (in een ander venster, via de link in de e-mail of door een collega). Er is niets opnieuw opgeslagen en de school krijgt geen tweede e-mail.';
    expect(done.textContent).toBe(text);
    expect(done.className).not.toContain('notice--success');
    expect(screen.getByTestId('answer-announcement').textContent).toBe(text);
    expect(screen.getByTestId('answer-announcement').getAttribute('role')).toBe('status');
    // The page shows it; the card does not repeat it.
    expect(screen.queryByTestId('request-already-answered')).toBeNull();
    expect(screen.getAllByText(/Dit antwoord was al gegeven/)).toHaveLength(2); // the notice and the status line
  });

  it('says so in English', async () => {
    const done = await acceptOnPage('en', true);
    expect(done.textContent).toContain(
      'This answer had already been given: the request was already "accepted"',
    );
    expect(screen.getByTestId('answer-announcement').textContent).toBe(done.textContent);
  });

  it('still confirms a first answer as saved, with the mail to the school', async () => {
    const done = await acceptOnPage('nl', false);
    expect(done.textContent).toBe(
      'Uw antwoord is opgeslagen: het verzoek staat nu op "geaccepteerd". De school krijgt hierover een e-mail.',
    );
    expect(done.className).toContain('notice--success');
  });
});
