import { describe, expect, it } from '@jest/globals';
import { screen } from '@testing-library/react';

import { graphqlError, renderIn } from '../../../shared/testing/render-in';
import { LinkProblem } from './LinkProblem';

// A server message the link page has no text of its own for is shown in the reader's language.
describe('LinkProblem', () => {
  const unknown = graphqlError('De server is bezig (The server is busy)', {
    code: 'SERVICE_UNAVAILABLE',
  });

  it('shows the English half of the server message to an English reader', () => {
    renderIn('en', <LinkProblem error={unknown} />);
    expect(screen.getByText('The server is busy', { exact: false })).toBeTruthy();
    expect(screen.queryByText('De server is bezig', { exact: false })).toBeNull();
  });

  it('shows the Dutch half to a Dutch reader', () => {
    renderIn('nl', <LinkProblem error={unknown} />);
    expect(screen.getByText('De server is bezig', { exact: false })).toBeTruthy();
    expect(screen.queryByText('The server is busy', { exact: false })).toBeNull();
  });
});
