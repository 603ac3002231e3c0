import { describe, expect, it } from '@jest/globals';
import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, within } from '@testing-library/react';

import {
  LEA_AGREEMENT_COVERAGE_QUERY,
  MUNICIPALITY_MONITORING_QUERY,
} from '../graphql/collaborations.queries';
import { MonitoringRollup } from './MonitoringRollup';
import { ThemeCoverage } from './ThemeCoverage';

const ID = '6f1c1d8e-0000-4000-8000-000000000001';
const school = (vestigingscode: string, name: string) => ({
  __typename: 'ThemeUncoveredSchool' as const,
  vestigingscode,
  name,
});

const coverage = {
  request: { query: LEA_AGREEMENT_COVERAGE_QUERY, variables: { id: ID } },
  result: {
    data: {
      leaAgreementCoverage: {
        __typename: 'LeaAgreementCoverage',
        schools: 3,
        agreement: { __typename: 'LeaAgreement', id: ID, title: 'LEA Schiedam' },
        themes: [
          {
            __typename: 'LeaThemeCoverage',
            interventionCode: 'VVE_KANSRIJKE_START',
            goal: 'Een sterke start',
            covered: [
              {
                __typename: 'ThemeCoveredSchool',
                vestigingscode: 'ZZ0100',
                name: 'De Regenboog',
                collaborations: [
                  { __typename: 'ThemeCollaborationRef', id: 'c1', title: 'Warme overdracht' },
                ],
              },
            ],
            uncovered: [school('ZZ0101', 'De Vlinderhof')],
            notApplicable: [school('ZZ0200', 'Voorbeeldcollege')],
          },
        ],
      },
    },
  },
};

const monitoring = {
  request: { query: MUNICIPALITY_MONITORING_QUERY, variables: { code: 'GM0606', year: null } },
  result: {
    data: {
      municipalityMonitoring: {
        __typename: 'MunicipalityMonitoring',
        collaborations: 2,
        themes: [
          {
            __typename: 'MonitoringThemeRollup',
            interventionCode: 'TAAL_LEZEN',
            collaborations: 2,
            entries: 3,
            pupilsReached: 1234,
            groupsReached: 12,
            hoursDelivered: 12.5,
            goalsMet: 1,
            goalsPartlyMet: 1,
            goalsNotMet: 0,
          },
        ],
      },
    },
  },
};

describe('an agreement’s coverage per theme', () => {
  it('counts only the schools the theme applies to, and lists the others apart (n.v.t.)', async () => {
    render(
      <MockedProvider mocks={[coverage]}>
        <ThemeCoverage id={ID} />
      </MockedProvider>,
    );
    // Two of the three schools can take part in pre-school education; the secondary cannot.
    expect(
      await screen.findByText('1 van 2 scholen hebben een samenwerking op dit thema'),
    ).toBeTruthy();
    const apart = screen.getByTestId('not-applicable-schools');
    expect(apart.textContent).toBe('Voorbeeldcollege (ZZ0200)');
    expect(screen.getByText('Geldt niet voor deze scholen (n.v.t., telt niet mee)')).toBeTruthy();
    expect(screen.getByTestId('uncovered-schools').textContent).toBe('De Vlinderhof (ZZ0101)');
  });
});

describe('a theme that applies to no school of the municipality', () => {
  const onlySecondary = {
    ...coverage,
    result: {
      data: {
        leaAgreementCoverage: {
          ...coverage.result.data.leaAgreementCoverage,
          themes: [
            {
              ...coverage.result.data.leaAgreementCoverage.themes[0],
              covered: [],
              uncovered: [],
              notApplicable: [school('ZZ0200', 'Voorbeeldcollege')],
            },
          ],
        },
      },
    },
  };

  it('says so in words (n.v.t.), not "0 van 0", and claims no school has a collaboration', async () => {
    render(
      <MockedProvider mocks={[onlySecondary]}>
        <ThemeCoverage id={ID} />
      </MockedProvider>,
    );
    const said = await screen.findByTestId('theme-applies-to-none');
    expect(said.textContent).toContain('geldt voor geen enkele school van de gemeente (n.v.t.)');
    const block = screen.getByTestId('theme-coverage').textContent ?? '';
    expect(block).not.toContain('0 van 0');
    expect(block).not.toContain('Alle scholen hebben een samenwerking');
    expect(screen.getByTestId('not-applicable-schools').textContent).toBe(
      'Voorbeeldcollege (ZZ0200)',
    );
  });
});

describe('the monitoring per theme', () => {
  it('writes its figures as a Dutch reader reads them (1.234 pupils, 12,5 hours)', async () => {
    render(
      <MockedProvider mocks={[monitoring]}>
        <MonitoringRollup code="GM0606" />
      </MockedProvider>,
    );
    const table = await screen.findByTestId('monitoring-rollup-table');
    const cells = within(table)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(cells).toEqual(['2', '1.234', '12', '12,5', '1 / 1 / 0']);
  });
});
