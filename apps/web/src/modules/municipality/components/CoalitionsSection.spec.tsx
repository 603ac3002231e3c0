import { describe, expect, it } from '@jest/globals';
import { MockedProvider } from '@apollo/client/testing/react';
import { screen } from '@testing-library/react';

import { SessionContext } from '../../../shared/session/session-context';
import { renderIn } from '../../../shared/testing/render-in';
import { signedIn } from '../../../shared/testing/signed-in';
import { MUNICIPALITY_COALITIONS_QUERY } from '../graphql/municipality-coalitions.query';
import { CoalitionsSection } from './CoalitionsSection';

// A municipality whose only accepted request became a recorded collaboration: the request list
// under it is empty, and must not say there is no collaboration at all.
const OFFICER = signedIn({
  email: 'lea@schiedam.nl',
  role: 'MUNICIPALITY_OFFICER',
  organisationId: null,
  schoolCodes: [],
  municipalityCodes: ['GM0606'],
});

const ONLY_A_RECORD = {
  request: { query: MUNICIPALITY_COALITIONS_QUERY, variables: { code: 'GM0606' } },
  result: {
    data: {
      municipalityCoalitions: {
        __typename: 'MunicipalityCoalitions' as const,
        municipalityCode: 'GM0606',
        records: [
          {
            __typename: 'CollaborationRecord' as const,
            id: '00000000-0000-4000-8000-000000000701',
            title: 'Mentoring met JINC',
            status: 'PLANNED' as const,
            startsOn: '2026-08-01',
            endsOn: '2027-07-31',
            contactRequestId: '00000000-0000-4000-8000-000000000501',
            contactRequestReference: 'PW-2026-00001',
            schools: [
              {
                __typename: 'CollaborationSchool' as const,
                vestigingscode: 'ZZ0100',
                name: 'De Regenboog',
              },
            ],
            partners: [
              {
                __typename: 'CollaborationPartner' as const,
                organisationId: '00000000-0000-4000-8000-0000000000aa',
                name: 'JINC',
              },
            ],
          },
        ],
        bySchool: [],
        byPartner: [],
      },
    },
  },
};

// Neither records nor requests: nothing to download.
const NOTHING = {
  request: ONLY_A_RECORD.request,
  result: {
    data: {
      municipalityCoalitions: {
        ...ONLY_A_RECORD.result.data.municipalityCoalitions,
        records: [],
      },
    },
  },
};

function renderCoalitions(
  lang: 'nl' | 'en',
  mock: typeof ONLY_A_RECORD | typeof NOTHING = ONLY_A_RECORD,
) {
  return renderIn(
    lang,
    <SessionContext value={OFFICER}>
      <MockedProvider mocks={[mock]}>
        <CoalitionsSection code="GM0606" name="Schiedam" />
      </MockedProvider>
    </SessionContext>,
  );
}

describe('the coalitions on /gemeente with only a recorded collaboration', () => {
  it('lists the record with its status and says only that no request is left (nl)', async () => {
    renderCoalitions('nl');
    await screen.findByRole('link', { name: 'Mentoring met JINC' });
    const section = screen.getByTestId('coalitions').textContent ?? '';
    expect(section).toContain('In voorbereiding');
    expect(section).not.toContain('Nog geen samenwerkingen');
    expect(section).toContain('Geen contactaanvragen zonder vastgelegde samenwerking.');
  }, 10_000);

  it('says the same in English', async () => {
    renderCoalitions('en');
    await screen.findByRole('link', { name: 'Mentoring met JINC' });
    const section = screen.getByTestId('coalitions').textContent ?? '';
    expect(section).not.toContain('No collaborations at schools');
    expect(section).toContain('No contact requests without a recorded collaboration.');
    // The record's title is as its parties wrote it: Dutch, read as Dutch (WCAG 3.1.2).
    const title = screen.getByText('Mentoring met JINC');
    expect(title.closest('[lang]')?.getAttribute('lang')).toBe('nl');
  }, 10_000);
});

// The coalition files hold the records too (decision 0018), so a record alone is worth them.
describe('the coalition downloads on /gemeente', () => {
  it('are offered when there is only a recorded collaboration (nl and en)', async () => {
    for (const [lang, csv, xlsx] of [
      ['nl', 'Download samenwerkingen (CSV)', 'Download samenwerkingen (Excel)'],
      ['en', 'Download collaborations (CSV)', 'Download collaborations (Excel)'],
    ] as const) {
      const { unmount } = renderCoalitions(lang);
      await screen.findByRole('link', { name: 'Mentoring met JINC' });
      expect(screen.getByRole('button', { name: csv })).toBeTruthy();
      expect(screen.getByRole('button', { name: xlsx })).toBeTruthy();
      expect(screen.getByTestId('download-links')).toBeTruthy();
      unmount();
    }
  }, 10_000);

  it('are not offered when there are neither records nor requests', async () => {
    renderCoalitions('nl', NOTHING);
    await screen.findByText('Geen contactaanvragen zonder vastgelegde samenwerking.');
    expect(screen.queryByRole('button', { name: /Download samenwerkingen/ })).toBeNull();
    expect(screen.queryByTestId('download-links')).toBeNull();
  }, 10_000);
});
