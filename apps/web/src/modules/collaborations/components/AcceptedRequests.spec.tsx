import { describe, expect, it } from '@jest/globals';
import type { MockedResponse } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, screen, waitFor } from '@testing-library/react';

import { signedIn } from '../../../shared/testing/signed-in';
import { renderIn } from '../../../shared/testing/render-in';
import { wholeText } from '../../../shared/testing/whole-text';
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
  reference: 'PW-2026-00501',
  status: 'ACCEPTED' as const,
  vestigingscode: SCHOOL,
  schoolName: 'De Regenboog',
  offeringTitle: 'Leesclub',
  offeringInterventionCodes: [],
  organisationId: ORG,
  organisationName: 'Voorbeeldpartner',
};

/** A signed-in editor of the partner ORG. */
const partnerViewer = (): Viewer =>
  signedIn({
    email: 'a@partner.nl',
    role: 'PARTNER_EDITOR',
    organisationId: ORG,
    schoolCodes: [],
  }).viewer!;

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
      result: { data: { schoolContactRequests: [accepted], schoolContactRequestsTotal: 1 } },
    });
  });

  it('asks the API for a partner’s accepted requests only', async () => {
    const viewer = partnerViewer();
    await expectAcceptedLink(viewer, {
      request: { query: ACCEPTED_FOR_PARTNER_QUERY, variables: { statuses: STATUSES } },
      result: { data: { contactRequestInbox: [accepted], contactRequestInboxTotal: 1 } },
    });
  });
});

// One school's two accepted requests for the same offering: each link names its kenmerk, so a
// screen reader's list of links tells them apart (before, both read "Samenwerking vastleggen:
// De Regenboog — Leesclub").
describe('two accepted requests of one school for the same offering', () => {
  const twice = [
    accepted,
    { ...accepted, id: '00000000-0000-4000-8000-000000000502', reference: 'PW-2026-00502' },
  ];
  it.each([
    ['nl', 'Samenwerking vastleggen: De Regenboog — Leesclub'],
    ['en', 'Record collaboration: De Regenboog — Leesclub'],
  ] as const)('have distinct link names with their kenmerk (%s)', async (lang, start) => {
    const viewer = partnerViewer();
    renderIn(
      lang,
      <MockedProvider
        mocks={[
          {
            request: { query: ACCEPTED_FOR_PARTNER_QUERY, variables: { statuses: STATUSES } },
            result: { data: { contactRequestInbox: twice, contactRequestInboxTotal: 2 } },
          },
        ]}
      >
        <AcceptedRequests viewer={viewer} taken={new Set()} />
      </MockedProvider>,
    );
    const links = await screen.findAllByRole('link', { name: new RegExp(`^${start}`) });
    const names = links.map((l) => l.textContent);
    expect(names).toHaveLength(2);
    expect(names[0]).toContain('PW-2026-00501');
    expect(names[1]).toContain('PW-2026-00502');
    expect(names[0]).not.toBe(names[1]);
  });
});

// More accepted requests than the API gives at once (500): the list says how many there are
// and loads the next 500 on request, so an accepted request past the newest 500 can still
// become a collaboration. The mocks answer the first page (no `before`) and the next ones, each
// asked with the id of the last request loaded (`before`), as only those answers are mocked.
const numbered = (n: number) => ({
  ...accepted,
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  reference: `PW-2026-${String(n).padStart(5, '0')}`,
  offeringTitle: `Leesclub ${n}`,
});
const firstPage = Array.from({ length: 500 }, (_, i) => numbered(i + 1));
const older = numbered(501);
// Role queries over 500 links are slow: the links are counted and found by their text.
const links = () => screen.getByTestId('accepted-requests').querySelectorAll('a');

describe('the accepted requests on /samenwerkingen, more than 500', () => {
  const staff = signedIn({
    email: 'ib@regenboog.nl',
    role: 'SCHOOL_STAFF',
    organisationId: null,
    schoolCodes: [SCHOOL],
  }).viewer!;
  const schoolPage = (before: string | null, requests: (typeof accepted)[]) => ({
    request: {
      query: ACCEPTED_FOR_SCHOOL_QUERY,
      variables: {
        vestigingscode: SCHOOL,
        statuses: STATUSES,
        ...(before === null ? {} : { before }),
      },
    },
    result: { data: { schoolContactRequests: requests, schoolContactRequestsTotal: 501 } },
  });

  it('says how many of how many are loaded, loads the rest, and hands the keyboard on', async () => {
    renderIn(
      'nl',
      <MockedProvider
        mocks={[schoolPage(null, firstPage), schoolPage(firstPage[499]!.id, [older])]}
      >
        <AcceptedRequests viewer={staff} taken={new Set([firstPage[0]!.id])} />
      </MockedProvider>,
    );
    const notice = await screen.findByTestId('accepted-capped');
    expect(notice.textContent).toBe(
      'De nieuwste 500 van 501 geaccepteerde aanvragen zijn geladen. Aanvragen waaruit al een samenwerking is vastgelegd, staan er niet bij. Met "Meer aanvragen laden" ziet u de volgende 500.',
    );
    // The one already recorded is left out of the 500.
    expect(links()).toHaveLength(499);
    expect(
      screen.queryByText(wholeText('a', /Leesclub 501 \(kenmerk PW-2026-00501\)$/)),
    ).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Meer aanvragen laden' }));
    const link = (await screen.findByText(
      wholeText('a', /Leesclub 501 \(kenmerk PW-2026-00501\)$/),
    )) as HTMLAnchorElement;
    expect(link.getAttribute('href')).toContain(`aanvraag=${older.id}`);
    expect(links()).toHaveLength(500);
    // All 501 are loaded: no notice, no button; the status line says what came, and the
    // keyboard is on the first request that came (the button it was on is gone).
    expect(screen.queryByTestId('accepted-capped')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Meer aanvragen laden' })).toBeNull();
    const status = screen.getByTestId('accepted-announcement');
    expect(status.getAttribute('role')).toBe('status');
    expect(status.textContent).toBe('1 oudere aanvraag geladen.');
    await waitFor(() => expect(document.activeElement).toBe(link));
  }, 60_000);

  it('says nothing of a cap when all accepted requests are loaded', async () => {
    renderIn(
      'nl',
      <MockedProvider
        mocks={[
          {
            ...schoolPage(null, [accepted]),
            result: { data: { schoolContactRequests: [accepted], schoolContactRequestsTotal: 1 } },
          },
        ]}
      >
        <AcceptedRequests viewer={staff} taken={new Set()} />
      </MockedProvider>,
    );
    await screen.findByRole('link', { name: /De Regenboog/ });
    expect(screen.queryByTestId('accepted-capped')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('pages a partner’s accepted requests too, in English', async () => {
    const editor = partnerViewer();
    const partnerPage = (before: string | null, requests: (typeof accepted)[]) => ({
      request: {
        query: ACCEPTED_FOR_PARTNER_QUERY,
        variables: { statuses: STATUSES, ...(before === null ? {} : { before }) },
      },
      result: { data: { contactRequestInbox: requests, contactRequestInboxTotal: 1234 } },
    });
    renderIn(
      'en',
      <MockedProvider
        mocks={[
          partnerPage(null, firstPage),
          partnerPage(firstPage[499]!.id, [older]),
          // The page after that follows on from the last request of the page before.
          partnerPage(older.id, [numbered(502)]),
        ]}
      >
        <AcceptedRequests viewer={editor} taken={new Set()} />
      </MockedProvider>,
    );
    const notice = await screen.findByTestId('accepted-capped');
    expect(notice.textContent).toContain('The newest 500 of 1,234 accepted requests are loaded.');
    fireEvent.click(screen.getByRole('button', { name: 'Load more requests' }));
    await screen.findByText(wholeText('a', /Leesclub 501 \(reference PW-2026-00501\)$/));
    // 501 of 1,234 loaded: the notice counts on and the button stays for the next 500.
    await waitFor(() =>
      expect(screen.getByTestId('accepted-capped').textContent).toContain(
        'The newest 501 of 1,234 accepted requests are loaded.',
      ),
    );
    expect(screen.getByRole('button', { name: 'Load more requests' })).toBeTruthy();
    expect(screen.getByTestId('accepted-announcement').textContent).toBe('1 older request loaded.');
    fireEvent.click(screen.getByRole('button', { name: 'Load more requests' }));
    await screen.findByText(wholeText('a', /Leesclub 502 \(reference PW-2026-00502\)$/));
    await waitFor(() =>
      expect(screen.getByTestId('accepted-capped').textContent).toContain(
        'The newest 502 of 1,234 accepted requests are loaded.',
      ),
    );
  }, 60_000);
});
