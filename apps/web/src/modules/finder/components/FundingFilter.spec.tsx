import { describe, expect, it, jest } from '@jest/globals';
import { fireEvent, screen } from '@testing-library/react';

import type { FundingRouteCode } from '../../../generated/graphql';
import { renderIn } from '../../../shared/testing/render-in';
import { FundingFilter, type FinderFundingRoute } from './FundingFilter';

const ROUTES: FinderFundingRoute[] = [
  {
    code: 'NPO',
    nl: 'Nationaal Programma Onderwijs (NPO), eenmalig',
    en: 'National Education Programme (NPO), one-off',
    validUntil: '2025-07-31',
    oneOff: true,
    ended: true,
  },
  {
    code: 'GEMEENTELIJKE_SUBSIDIE',
    nl: 'Gemeentelijke subsidie',
    en: 'Municipal subsidy',
    validUntil: null,
    oneOff: false,
    ended: false,
  },
];

describe('FundingFilter', () => {
  it('names every route in Dutch and marks an ended route visibly, in its label', () => {
    renderIn('nl', <FundingFilter routes={ROUTES} selected={[]} onChange={() => undefined} />);
    expect(screen.getByRole('group', { name: 'Financiering' })).toBeTruthy();
    const npo = screen.getByRole('checkbox', { name: /Nationaal Programma Onderwijs/ });
    expect(npo.closest('div')?.textContent).toContain('beëindigd op 31 juli 2025, eenmalig geld');
    expect(
      screen.getByRole('checkbox', { name: 'Gemeentelijke subsidie' }).closest('div')?.textContent,
    ).not.toMatch(/beëindigd/);
    // No warning until an ended route is chosen.
    expect(screen.queryByTestId('funding-ended')).toBeNull();
  });

  it('speaks English when the page does', () => {
    renderIn('en', <FundingFilter routes={ROUTES} selected={['NPO']} onChange={() => undefined} />);
    expect(screen.getByRole('group', { name: 'Funding' })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: /National Education Programme/ })).toBeTruthy();
    expect(screen.getByText(/ended on 31 July 2025/)).toBeTruthy();
    expect(screen.getByTestId('funding-ended').textContent).toContain(
      'National Education Programme (NPO), one-off has ended',
    );
  });

  it('adds and removes routes in catalogue order and warns once an ended route is chosen', () => {
    const onChange = jest.fn<(codes: FundingRouteCode[]) => void>();
    const { rerender } = renderIn(
      'nl',
      <FundingFilter routes={ROUTES} selected={['GEMEENTELIJKE_SUBSIDIE']} onChange={onChange} />,
    );
    fireEvent.click(screen.getByRole('checkbox', { name: /Nationaal Programma/ }));
    expect(onChange).toHaveBeenLastCalledWith(['NPO', 'GEMEENTELIJKE_SUBSIDIE']);
    rerender(
      <FundingFilter
        routes={ROUTES}
        selected={['NPO', 'GEMEENTELIJKE_SUBSIDIE']}
        onChange={onChange}
      />,
    );
    const warning = screen.getByTestId('funding-ended');
    expect(warning.getAttribute('role')).toBe('status');
    expect(warning.textContent).toMatch(/^Let op: Nationaal Programma Onderwijs .* is beëindigd/);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Gemeentelijke subsidie' }));
    expect(onChange).toHaveBeenLastCalledWith(['NPO']);
  });

  it('shows nothing while the catalogue is not there', () => {
    const { container } = renderIn(
      'nl',
      <FundingFilter routes={[]} selected={[]} onChange={() => undefined} />,
    );
    expect(container.textContent).toBe('');
  });
});
