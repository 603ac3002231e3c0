import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import { fireEvent, screen } from '@testing-library/react';

import { renderIn } from '../../../shared/testing/render-in';
import { SchoolPicker } from './SchoolPicker';

// The school search when the search itself fails: the school leader is told so and can try
// again, instead of reading "no school found" for a school that exists.

let fetchMock: jest.Mock<(url: string, init: RequestInit) => Promise<unknown>>;
const REGENBOOG = {
  vestigingscode: 'ZZ0100',
  name: 'Voorbeeldschool De Regenboog',
  address: 'Lijsterbesstraat 14',
  postcode: '3119KR',
  city: 'Schiedam',
};

beforeEach(() => {
  fetchMock = jest.fn(() => Promise.reject(new TypeError('Failed to fetch')));
  globalThis.fetch = fetchMock as unknown as typeof fetch;
});

describe('the school search when the connection fails', () => {
  it('says the connection failed, not that no school was found, and finds it on retry', async () => {
    renderIn('nl', <SchoolPicker onChoose={() => undefined} />);
    fireEvent.change(screen.getByRole('combobox'), { target: { value: 'Regenboog' } });
    // The light client prints the query on first use (a dynamic import): a busy machine is slow.
    const alert = await screen.findByRole('alert', {}, { timeout: 15_000 });
    expect(alert.textContent).toContain('Geen verbinding met de server');
    expect(screen.queryByTestId('school-none')).toBeNull();

    fetchMock.mockImplementation(() =>
      Promise.resolve({
        status: 200,
        json: () =>
          Promise.resolve({
            data: { schools: { totalCount: 1, nodes: [{ ...REGENBOOG, __typename: 'School' }] } },
          }),
      }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Opnieuw proberen' }));
    expect(
      await screen.findByRole('option', { name: /De Regenboog/ }, { timeout: 15_000 }),
    ).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  }, 30_000);
});
