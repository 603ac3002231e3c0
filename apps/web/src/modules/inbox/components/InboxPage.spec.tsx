import { describe, expect, it } from '@jest/globals';
import { MockedProvider } from '@apollo/client/testing/react';
import { screen } from '@testing-library/react';

import { SessionContext } from '../../../shared/session/session-context';
import { contactRequest } from '../../../shared/testing/fixtures';
import { renderIn } from '../../../shared/testing/render-in';
import { signedIn } from '../../../shared/testing/signed-in';
import { CONTACT_REQUEST_INBOX_QUERY } from '../graphql/contact-request-inbox.query';
import { InboxPage } from './InboxPage';

// The inbox lists the newest 500 requests (the API's cap); a partner with more is told so,
// with the way to the older ones, instead of reading the 500 as all there is.
const ORG = '6f1c1d8e-0000-4000-8000-0000000000aa';

const EDITOR = signedIn({
  email: 'redactie@partner.nl',
  role: 'PARTNER_EDITOR',
  organisationId: ORG,
  schoolCodes: [],
  municipalityCodes: [],
});

const request = (n: number) => contactRequest(n, { vestigingscode: 'ZZ0100', organisationId: ORG });

function inbox(listed: number, total: number) {
  return {
    request: {
      query: CONTACT_REQUEST_INBOX_QUERY,
      variables: { organisationId: ORG, statuses: null },
    },
    result: {
      data: {
        organisation: {
          __typename: 'Organisation' as const,
          id: ORG,
          name: 'Voorbeeldpartner',
          status: 'VERIFIED' as const,
        },
        contactRequestInbox: Array.from({ length: listed }, (_, i) => request(i + 1)),
        contactRequestInboxTotal: total,
      },
    },
  };
}

function renderInbox(listed: number, total: number) {
  return renderIn(
    'nl',
    <SessionContext value={EDITOR}>
      <MockedProvider mocks={[inbox(listed, total)]}>
        <InboxPage />
      </MockedProvider>
    </SessionContext>,
  );
}

// The notice itself (both languages, none when all are listed): CappedListNotice.spec.tsx.
describe('an inbox with more requests than it lists', () => {
  it('says it shows the newest of how many, and how to find the older ones', async () => {
    renderInbox(3, 1234);
    const note = await screen.findByTestId('inbox-capped');
    expect(note.textContent).toContain('U ziet de nieuwste 3 van 1.234 contactverzoeken');
    expect(note.textContent).toContain('Kies een stand bij "Toon" om de oudere te vinden');
  });
});
