import { describe, expect, it } from '@jest/globals';
import { screen } from '@testing-library/react';

import { renderIn } from '../../shared/testing/render-in';
import { GraphqlErrors } from '../graphql/light-client';
import { QueryError } from './QueryError';

// The finder's results, the needs profile and every list say what went wrong in the reader's
// language: not the browser's English for a lost connection, not both halves of the server's
// "Nederlands (English)".
describe('QueryError', () => {
  const detail = () => screen.getByRole('alert').textContent ?? '';

  it('names a lost connection in Dutch or English, not as "Failed to fetch"', () => {
    const { unmount } = renderIn('nl', <QueryError error={new TypeError('Failed to fetch')} />);
    expect(detail()).toContain('Geen verbinding met de server');
    expect(detail()).not.toContain('Failed to fetch');
    unmount();
    renderIn('en', <QueryError error={new TypeError('Failed to fetch')} />);
    expect(detail()).toContain('No connection to the server');
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
