import { describe, expect, it } from '@jest/globals';
import { MockedProvider } from '@apollo/client/testing/react';
import { schoolYearOf } from '@partnerwijzer/domain/client';
import { screen } from '@testing-library/react';

import { createApolloCache } from '../../../app/apollo/apollo-cache';
import { SessionContext } from '../../../shared/session/session-context';
import { contactRequest } from '../../../shared/testing/fixtures';
import { signedIn } from '../../../shared/testing/signed-in';
import { renderIn } from '../../../shared/testing/render-in';
import { SCHOOL_CONTACT_REQUESTS_QUERY } from '../graphql/school-contact-requests.query';
import { SCHOOL_NEEDS_PROFILE_QUERY } from '../graphql/school-needs-profile.query';
import { MySchoolPage } from './MySchoolPage';

// A school's own list of requests holds the newest 500 (the API's cap, as the partner's inbox);
// a school with more is told so instead of reading the 500 as all there is.
const SCHOOL = 'ZZ0100';

const STAFF = signedIn({
  email: 'ib@regenboog.nl',
  role: 'SCHOOL_STAFF',
  organisationId: null,
  schoolCodes: [SCHOOL],
  municipalityCodes: [],
});

const request = (n: number) =>
  contactRequest(n, {
    vestigingscode: SCHOOL,
    organisationId: '00000000-0000-4000-8000-0000000000aa',
  });

function requests(listed: number, total: number) {
  return {
    request: { query: SCHOOL_CONTACT_REQUESTS_QUERY, variables: { vestigingscode: SCHOOL } },
    result: {
      data: {
        school: {
          __typename: 'School' as const,
          vestigingscode: SCHOOL,
          name: 'De Regenboog',
          city: 'Schiedam',
        },
        schoolContactRequests: Array.from({ length: listed }, (_, i) => request(i + 1)),
        schoolContactRequestsTotal: total,
      },
    },
  };
}

// The section also holds the school's needs-profile editor: no profile stored yet.
const noNeedsProfile = {
  request: {
    query: SCHOOL_NEEDS_PROFILE_QUERY,
    variables: { vestigingscode: SCHOOL, schoolYear: schoolYearOf(new Date()) },
  },
  result: {
    data: {
      school: { __typename: 'School' as const, vestigingscode: SCHOOL, schoolType: 'BAO' },
      schoolNeedsProfile: null,
    },
  },
};

function renderPage(listed: number, total: number) {
  return renderIn(
    'nl',
    <SessionContext value={STAFF}>
      <MockedProvider mocks={[requests(listed, total), noNeedsProfile]} cache={createApolloCache()}>
        <MySchoolPage />
      </MockedProvider>
    </SessionContext>,
  );
}

// The notice itself (both languages, none when all are listed): CappedListNotice.spec.tsx.
describe('a school with more requests than its list holds', () => {
  it('says it shows the newest of how many, and how to follow the older ones', async () => {
    renderPage(3, 1234);
    const note = await screen.findByTestId('school-requests-capped');
    expect(note.textContent).toContain('U ziet de nieuwste 3 van 1.234 contactverzoeken');
    expect(note.textContent).toContain(
      'Oudere verzoeken van deze school volgt u met de statuslink',
    );
  });
});
