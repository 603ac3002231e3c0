import { describe, expect, it } from '@jest/globals';
import { screen } from '@testing-library/react';

import { renderIn } from '../../shared/testing/render-in';
import { GraphqlErrors } from '../graphql/light-client';
import { NetworkFailure } from '../graphql/network-failure';
import { QueryError } from './QueryError';

// The finder's results, the needs profile and every list say what went wrong in the reader's
// language: not the browser's English for a lost connection, not both halves of the server's
// "Nederlands (English)".
describe('QueryError', () => {
  const detail = () => screen.getByRole('alert').textContent ?? '';

  it('names a lost connection in Dutch or English, not as "Failed to fetch"', () => {
    const lost = new NetworkFailure(new TypeError('Failed to fetch'));
    const { unmount } = renderIn('nl', <QueryError error={lost} />);
    expect(detail()).toContain('Geen verbinding met de server');
    expect(detail()).not.toContain('Failed to fetch');
    unmount();
    renderIn('en', <QueryError error={lost} />);
    expect(detail()).toContain('No connection to the server');
  });

  it('calls a bug in the client an unexpected error, not a lost connection', () => {
    const bug = new TypeError("Cannot read properties of undefined (reading 'nodes')");
    const { unmount } = renderIn('nl', <QueryError error={bug} />);
    expect(detail()).toContain('Er ging onverwacht iets mis');
    expect(detail()).not.toContain('Geen verbinding');
    expect(detail()).not.toContain('Cannot read');
    unmount();
    renderIn('en', <QueryError error={new RangeError('Invalid time value')} />);
    expect(detail()).toContain('Something unexpected went wrong');
    expect(detail()).not.toContain('No connection');
  });

  it("names a proxy's error page by its status, in the reader's language", () => {
    renderIn('nl', <QueryError error={new Error('HTTP 502 Bad Gateway')} />);
    expect(detail()).toContain('De server gaf geen bruikbaar antwoord (HTTP 502)');
    expect(detail()).not.toContain('Bad Gateway');
  });

  it("shows the English half of the server's message on the English page", () => {
    const error = new GraphqlErrors([
      {
        message: 'De database is niet bereikbaar (the database is unavailable)',
        extensions: { code: 'DATABASE_UNAVAILABLE' },
      },
    ]);
    renderIn('en', <QueryError error={error} />);
    expect(detail()).toContain('the database is unavailable');
    expect(detail()).not.toContain('De database');
  });
});
