import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { act, render, screen, waitFor } from '@testing-library/react';

import { graphql } from '../../generated/gql';
import { setCsrfToken } from '../apollo/csrf-token';
import { retryAfterOf } from '../apollo/rate-limited';
import { sendEarly } from './early-requests';
import { invalidateQueries, prefetchQuery } from './light-cache';
import { execute, GraphqlErrors } from './light-client';
import { useQuery } from './use-query';

const CHOSEN = graphql(`
  query FinderChosenSchool($vestigingscode: String!) {
    school(vestigingscode: $vestigingscode) {
      ...FinderSchool
    }
  }
`);

type Body = { operationName: string; variables: { vestigingscode?: string }; query: string };
let fetchMock: jest.Mock<(url: string, init: RequestInit) => Promise<unknown>>;
const sent = () => fetchMock.mock.calls.map(([, init]) => JSON.parse(init.body as string) as Body);
const answer = (body: unknown) =>
  Promise.resolve({ status: 200, json: () => Promise.resolve(body) });
const school = (code: string) => ({ school: { vestigingscode: code, name: `School ${code}` } });

beforeEach(() => {
  fetchMock = jest.fn((_url: string, init: RequestInit) => {
    const { variables } = JSON.parse(init.body as string) as Body;
    return answer({ data: school(variables.vestigingscode ?? '?') });
  });
  globalThis.fetch = fetchMock as unknown as typeof fetch;
});
afterEach(() => setCsrfToken(null));

function Name({ code }: { code: string }) {
  const { data, previousData, loading } = useQuery(CHOSEN, { variables: { vestigingscode: code } });
  const shown = data ?? previousData;
  return (
    <p data-testid="name">{`${shown?.school?.name ?? '-'} ${loading ? 'loading' : 'done'}`}</p>
  );
}

describe('the light GraphQL client', () => {
  it('posts the operation with its variables and the CSRF token, and returns data', async () => {
    setCsrfToken('token-1');
    await expect(execute(CHOSEN, { vestigingscode: '07OQ00' })).resolves.toEqual(school('07OQ00'));
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('/graphql');
    expect((init.headers as Record<string, string>)['x-csrf-token']).toBe('token-1');
    const body = sent()[0]!;
    expect(body.operationName).toBe('FinderChosenSchool');
    expect(body.variables).toEqual({ vestigingscode: '07OQ00' });
    expect(body.query).toMatch(/query FinderChosenSchool[\s\S]*fragment FinderSchool on School/);
  });

  it('rejects with the server errors, which the rate-limit reader understands', async () => {
    fetchMock.mockImplementation(() =>
      answer({
        data: null,
        errors: [
          { message: 'Te veel', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 30 } },
        ],
      }),
    );
    const error = await execute(CHOSEN, { vestigingscode: '07OQ00' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphqlErrors);
    expect((error as Error).message).toBe('Te veel');
    expect(retryAfterOf(error)).toBe(30);
  });

  it('reuses a prefetched request instead of asking again', async () => {
    prefetchQuery(CHOSEN, { vestigingscode: '11AA00' });
    render(<Name code="11AA00" />);
    await waitFor(() => expect(screen.getByTestId('name').textContent).toBe('School 11AA00 done'));
    expect(sent().filter((b) => b.variables.vestigingscode === '11AA00')).toHaveLength(1);
  });

  it('takes over a request the early script sent, once; a later ask goes to the server', async () => {
    // The build gives documents their printed text; the early script sends only that.
    sendEarly(
      { ...CHOSEN, __text: 'query FinderChosenSchool { early }' },
      { vestigingscode: '44DD00' },
    );
    expect(sent()).toHaveLength(1);
    expect(sent()[0]).toEqual({
      operationName: 'FinderChosenSchool',
      variables: { vestigingscode: '44DD00' },
      query: 'query FinderChosenSchool { early }',
    });
    render(<Name code="44DD00" />);
    await waitFor(() => expect(screen.getByTestId('name').textContent).toBe('School 44DD00 done'));
    expect(sent()).toHaveLength(1);

    await act(async () => invalidateQueries());
    await waitFor(() => expect(sent()).toHaveLength(2));
    expect(sent()[1]!.query).toMatch(/fragment FinderSchool on School/);
  });

  it('keeps the previous answer while new variables load, and asks shown queries again after a change', async () => {
    const view = render(<Name code="22BB00" />);
    await waitFor(() => expect(screen.getByTestId('name').textContent).toBe('School 22BB00 done'));
    let release: () => void = () => undefined;
    fetchMock.mockImplementationOnce(
      () => new Promise((resolve) => (release = () => resolve(answer({ data: school('33CC00') })))),
    );
    view.rerender(<Name code="33CC00" />);
    await waitFor(() =>
      expect(screen.getByTestId('name').textContent).toBe('School 22BB00 loading'),
    );
    await act(async () => release());
    await waitFor(() => expect(screen.getByTestId('name').textContent).toBe('School 33CC00 done'));

    const before = sent().length;
    await act(async () => invalidateQueries());
    await waitFor(() => expect(sent().length).toBe(before + 1));
    expect(sent().at(-1)!.variables).toEqual({ vestigingscode: '33CC00' });
  });
});
