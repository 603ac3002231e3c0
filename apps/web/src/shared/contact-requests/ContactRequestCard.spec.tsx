import { describe, expect, it, jest } from '@jest/globals';
import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, screen, waitFor } from '@testing-library/react';

import { contactRequest } from '../testing/fixtures';
import { renderIn } from '../testing/render-in';
import { ContactRequestCard } from './ContactRequestCard';
import { SET_CONTACT_REQUEST_STATUS_MUTATION } from './graphql/set-contact-request-status.mutation';
import { CONTACT_REQUEST_UNREAD_COUNT_QUERY } from './graphql/unread-count.query';

// A partner accepts what the card shows as new, but the same answer was given already (another
// tab, the mailed link, a colleague): the API answers alreadyAnswered, nothing was saved or
// mailed again, and the card says so politely instead of staying silent.
const ORG = '6f1c1d8e-0000-4000-8000-0000000000aa';
const request = contactRequest(7, { vestigingscode: 'ZZ0100', organisationId: ORG });

function accepted(alreadyAnswered: boolean) {
  return {
    request: {
      query: SET_CONTACT_REQUEST_STATUS_MUTATION,
      variables: {
        contactRequestId: request.id,
        status: 'ACCEPTED',
        reason: null,
        expectedStatus: 'REQUESTED',
      },
    },
    result: {
      data: {
        setContactRequestStatus: { ...request, status: 'ACCEPTED' as const, alreadyAnswered },
      },
    },
  };
}

const unread = {
  request: { query: CONTACT_REQUEST_UNREAD_COUNT_QUERY },
  result: { data: { contactRequestUnreadCount: 0 } },
};

function renderCard(lang: 'nl' | 'en', alreadyAnswered: boolean) {
  const onChanged = jest.fn();
  renderIn(
    lang,
    <MockedProvider mocks={[accepted(alreadyAnswered), unread]}>
      <ul>
        <ContactRequestCard request={request} onChanged={onChanged} onStale={() => undefined} />
      </ul>
    </MockedProvider>,
  );
  return onChanged;
}

describe('the card of a request whose answer had been given already', () => {
  it('says so in Dutch, names the status, and tells the page', async () => {
    const onChanged = renderCard('nl', true);
    fireEvent.click(screen.getByRole('button', { name: /^Accepteren/ }));
    const notice = await screen.findByTestId('request-already-answered');
    expect(notice.textContent).toBe(
      'Dit antwoord was al gegeven: het verzoek stond al op "geaccepteerd" (in een ander venster, via de link in de e-mail of door een collega). Er is niets opnieuw opgeslagen en de school krijgt geen tweede e-mail.',
    );
    // Not an error: the answer holds.
    expect(notice.getAttribute('role')).toBeNull();
    expect(notice.className).not.toContain('notice--error');
    expect(onChanged).toHaveBeenCalledWith('ACCEPTED', true);
  });

  it('says so in English', async () => {
    renderCard('en', true);
    fireEvent.click(screen.getByRole('button', { name: /^Accept/ }));
    const notice = await screen.findByTestId('request-already-answered');
    expect(notice.textContent).toContain(
      'This answer had already been given: the request was already "accepted"',
    );
    expect(notice.textContent).toContain('the school does not get a second email');
  });

  it('says nothing of the kind after a first answer', async () => {
    const onChanged = renderCard('nl', false);
    fireEvent.click(screen.getByRole('button', { name: /^Accepteren/ }));
    await waitFor(() => expect(onChanged).toHaveBeenCalledWith('ACCEPTED', false));
    expect(screen.queryByTestId('request-already-answered')).toBeNull();
  });
});

// One school asks for the same offering more than once: each card's buttons (and its reply
// link and group) are named with the request's kenmerk, so a screen reader's list of buttons
// tells the cards apart (before, three cards had three buttons "Accepteren: De Regenboog over
// Leesclub").
describe('two cards for the same school and offering', () => {
  const first = {
    ...contactRequest(8, { vestigingscode: 'ZZ0100', organisationId: ORG }),
    readAt: null,
  };
  const second = {
    ...contactRequest(9, { vestigingscode: 'ZZ0100', organisationId: ORG }),
    readAt: null,
  };

  it.each([
    [
      'nl',
      ['Accepteren', 'In gesprek', 'Samenwerking gestart', 'Afwijzen…', 'Markeer als gelezen'],
    ],
    ['en', ['Accept', 'In conversation', 'Partnership started', 'Decline…', 'Mark as read']],
  ] as const)('have distinct accessible names with their kenmerk (%s)', (lang, actions) => {
    renderIn(
      lang,
      <MockedProvider mocks={[]}>
        <ul>
          {[first, second].map((r) => (
            <ContactRequestCard
              key={r.id}
              request={r}
              onChanged={() => undefined}
              onStale={() => undefined}
              onMarkRead={() => undefined}
            />
          ))}
        </ul>
      </MockedProvider>,
    );
    for (const action of actions) {
      const buttons = screen.getAllByRole('button', { name: new RegExp(`^${action}:`) });
      expect(buttons).toHaveLength(2);
      const names = buttons.map((b) => b.getAttribute('aria-label'));
      expect(names[0]).toContain(first.reference);
      expect(names[1]).toContain(second.reference);
      expect(names[0]).not.toBe(names[1]);
    }
    const links = screen.getAllByRole('link', { name: /^anna@school\.nl/ });
    expect(links.map((l) => l.getAttribute('aria-label'))).toEqual([
      expect.stringContaining(first.reference),
      expect.stringContaining(second.reference),
    ]);
    const groups = screen.getAllByRole('group');
    expect(groups.map((g) => g.getAttribute('aria-label'))).toEqual([
      expect.stringContaining(first.reference),
      expect.stringContaining(second.reference),
    ]);
  });
});
