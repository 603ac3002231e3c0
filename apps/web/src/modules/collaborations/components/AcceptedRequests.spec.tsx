import { describe, expect, it } from '@jest/globals';
import type { MockedResponse } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { screen } from '@testing-library/react';

import { signedIn } from '../../../shared/testing/signed-in';
import { renderIn } from '../../../shared/testing/render-in';
import {
  ACCEPTED_FOR_PARTNER_QUERY,
  ACCEPTED_FOR_SCHOOL_QUERY,
} from '../graphql/collaborations.queries';
import type { Viewer } from '../../../shared/session/session-context';
import { AcceptedRequests } from './AcceptedRequests';

// The accepted requests a record starts from are asked of the API by status: a school (or a
// partner) with more than 500 requests still finds an accepted one older than the newest 500.
// The mocks answer only a query that asks for these statuses.
const SCHOOL = 'ZZ0100';
const ORG = '00000000-0000-4000-8000-0000000000aa';
const STATUSES = ['ACCEPTED', 'IN_CONVERSATION', 'STARTED'];

const accepted = {
  __typename: 'ContactRequestDetail' as const,
  id: '00000000-0000-4000-8000-000000000501',
  status: 'ACCEPTED' as const,
  vestigingscode: SCHOOL,
  schoolName: 'De Regenboog',
  offeringTitle: 'Leesclub',
  offeringInterventionCodes: [],
  organisationId: ORG,
  organisationName: 'Voorbeeldpartner',
};

/** Renders the list for `viewer` with `mock` as the only answer; the request must show as a link. */
async function expectAcceptedLink(viewer: Viewer, mock: MockedResponse) {
  renderIn(
    'nl',
    <MockedProvider mocks={[mock]}>
      <AcceptedRequests viewer={viewer} taken={new Set()} />
    </MockedProvider>,
  );
  const link = await screen.findByRole('link', { name: /De Regenboog/ });
  expect(link.getAttribute('href')).toContain(`aanvraag=${accepted.id}`);
}

describe('the accepted requests on /samenwerkingen', () => {
  it('asks the API for a school’s accepted requests only', async () => {
    const viewer = signedIn({
      email: 'ib@regenboog.nl',
      role: 'SCHOOL_STAFF',
      organisationId: null,
      schoolCodes: [SCHOOL],
    }).viewer!;
    await expectAcceptedLink(viewer, {
      request: {
        query: ACCEPTED_FOR_SCHOOL_QUERY,
        variables: { vestigingscode: SCHOOL, statuses: STATUSES },
      },
      result: { data: { schoolContactRequests: [accepted] } },
    });
  });

  it('asks the API for a partner’s accepted requests only', async () => {
    const viewer = signedIn({
      email: 'a@partner.nl',
      role: 'PARTNER_EDITOR',
      organisationId: ORG,
      schoolCodes: [],
    }).viewer!;
    await expectAcceptedLink(viewer, {
      request: { query: ACCEPTED_FOR_PARTNER_QUERY, variables: { statuses: STATUSES } },
      result: { data: { contactRequestInbox: [accepted] } },
    });
  });
});
