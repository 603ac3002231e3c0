import { describe, expect, it } from '@jest/globals';
import { MockedProvider } from '@apollo/client/testing/react';
import { screen } from '@testing-library/react';

import { RouterContext } from '../../../app/routing/router-context';
import { renderIn } from '../../../shared/testing/render-in';
import { CONTACT_REQUEST_STATUS_BY_LINK_QUERY } from '../graphql/contact-link.graphql';
import { StatusByLinkPage } from './StatusByLinkPage';

// The school follows its request through the mailed status link. The collaboration's title
// was typed in Dutch by the school or the partner: on the English page too it is marked Dutch,
// so a screen reader reads it in Dutch, as the offering's title beside it.
const TOKEN = 'a'.repeat(43);

const status = {
  request: { query: CONTACT_REQUEST_STATUS_BY_LINK_QUERY, variables: { token: TOKEN } },
  result: {
    data: {
      contactRequestStatusByLink: {
        __typename: 'ContactRequestStatusView' as const,
        reference: 'CV-2026-000123',
        status: 'STARTED' as const,
        statusReason: null,
        schoolName: 'De Regenboog',
        offeringTitle: 'Huiswerkbegeleiding',
        organisationName: 'Stichting Leerkracht',
        createdAt: '2026-09-01T08:00:00.000Z',
        updatedAt: '2026-09-08T08:00:00.000Z',
        linkExpiresAt: '2027-03-01T08:00:00.000Z',
        collaboration: {
          __typename: 'ContactRequestCollaboration' as const,
          title: 'Leesclub groep 7 en 8',
          status: 'ACTIVE' as const,
          startsOn: '2026-10-01',
          endsOn: '2027-07-01',
        },
      },
    },
  },
};

function renderPage(lang: 'nl' | 'en') {
  return renderIn(
    lang,
    <RouterContext
      value={{
        path: '/verzoek/status',
        search: `?token=${TOKEN}`,
        navigate: () => undefined,
        guard: () => () => undefined,
      }}
    >
      <MockedProvider mocks={[status]}>
        <StatusByLinkPage />
      </MockedProvider>
    </RouterContext>,
  );
}

describe('the status page of a request that became a collaboration', () => {
  it.each(['nl', 'en'] as const)('marks the collaboration’s title as Dutch (%s)', async (lang) => {
    renderPage(lang);
    const title = await screen.findByTestId('status-collaboration-title');
    expect(title.textContent).toBe('Leesclub groep 7 en 8');
    expect(title.getAttribute('lang')).toBe('nl');
  });
});
