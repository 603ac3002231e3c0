import { describe, expect, it, jest } from '@jest/globals';
import { fireEvent, screen } from '@testing-library/react';

import { renderIn } from '../../../shared/testing/render-in';
import type { Coverage } from '../hooks/use-municipality-coverage';
import { canSeeCoalitions } from './CoalitionsSection';
import { GapSummary } from './GapSummary';

const cell = (interventionType: string, status: 'GAP' | 'ONLY_NATIONAL' | 'LOCAL') => ({
  interventionType,
  status,
  offerings: status === 'GAP' ? 0 : 2,
  verified: 0,
  local: status === 'LOCAL' ? 1 : 0,
});

const COVERAGE = {
  interventionCodes: ['EXTRA_LEERTIJD', 'MENTORING'],
  schools: [
    {
      vestigingscode: 'ZZ0100',
      typesApplicable: 2,
      cells: [cell('EXTRA_LEERTIJD', 'GAP'), cell('MENTORING', 'GAP')],
    },
    {
      vestigingscode: 'ZZ0101',
      typesApplicable: 2,
      cells: [cell('EXTRA_LEERTIJD', 'GAP'), cell('MENTORING', 'LOCAL')],
    },
    {
      vestigingscode: 'ZZ0102',
      typesApplicable: 2,
      cells: [cell('EXTRA_LEERTIJD', 'LOCAL'), cell('MENTORING', 'ONLY_NATIONAL')],
    },
  ],
  totals: [
    { interventionType: 'EXTRA_LEERTIJD', gapSchools: 2, onlyNationalSchools: 0, localSchools: 1 },
    { interventionType: 'MENTORING', gapSchools: 1, onlyNationalSchools: 1, localSchools: 1 },
  ],
} as unknown as Coverage;

const label = (code: string) =>
  ({ EXTRA_LEERTIJD: 'Extra leertijd', MENTORING: 'Mentoring' })[code] ?? code;

describe('GapSummary', () => {
  it('counts the blank spots, lists the worst type first and offers the filter', () => {
    const onOnlyGaps = jest.fn<(value: boolean) => void>();
    renderIn(
      'nl',
      <GapSummary coverage={COVERAGE} label={label} onlyGaps={false} onOnlyGaps={onOnlyGaps} />,
    );
    expect(screen.getByRole('heading', { name: /Witte vlekken/ })).toBeTruthy();
    expect(screen.getByText('3 van de 6 cellen zonder aanbod, bij 2 scholen.')).toBeTruthy();
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual(['Extra leertijd: 2 scholen', 'Mentoring: 1 school']);
    fireEvent.click(
      screen.getByRole('checkbox', { name: 'Toon alleen scholen met een witte vlek' }),
    );
    expect(onOnlyGaps).toHaveBeenCalledWith(true);
  });

  it('says so when there are none, in English too', () => {
    const none = {
      ...COVERAGE,
      schools: [],
      totals: COVERAGE.totals.map((t) => ({ ...t, gapSchools: 0 })),
    } as Coverage;
    renderIn(
      'en',
      <GapSummary coverage={none} label={label} onlyGaps={false} onOnlyGaps={() => undefined} />,
    );
    expect(screen.getByText(/No blank spots/)).toBeTruthy();
    expect(screen.queryByRole('checkbox')).toBeNull();
  });
});

describe('canSeeCoalitions', () => {
  const viewer = (role: string, municipalityCodes: string[] = []) =>
    ({ role, municipalityCodes, schoolCodes: [], organisationId: null }) as never;

  it('lets officers of the municipality and admins see coalitions, nobody else', () => {
    expect(canSeeCoalitions(null, 'GM0606')).toBe(false);
    expect(canSeeCoalitions(viewer('ADMIN'), 'GM0606')).toBe(true);
    expect(canSeeCoalitions(viewer('MUNICIPALITY_OFFICER', ['GM0606']), 'GM0606')).toBe(true);
    expect(canSeeCoalitions(viewer('MUNICIPALITY_OFFICER', ['GM0402']), 'GM0606')).toBe(false);
    expect(canSeeCoalitions(viewer('SCHOOL_STAFF'), 'GM0606')).toBe(false);
    expect(canSeeCoalitions(viewer('PARTNER_EDITOR'), 'GM0606')).toBe(false);
  });
});
