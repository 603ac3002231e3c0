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
    renderIn('en', <LinkProblem error={unknown} purpose="answer" />);
    expect(screen.getByText('The server is busy', { exact: false })).toBeTruthy();
    expect(screen.queryByText('De server is bezig', { exact: false })).toBeNull();
  });

  it('shows the Dutch half to a Dutch reader', () => {
    renderIn('nl', <LinkProblem error={unknown} purpose="answer" />);
    expect(screen.getByText('De server is bezig', { exact: false })).toBeTruthy();
    expect(screen.queryByText('The server is busy', { exact: false })).toBeNull();
  });

  // The sender reads an expired status link: the inbox and "the school can send a new request"
  // are the partner's ways onwards, not the school's.
  const expired = graphqlError('deze link is verlopen (this link has expired)', {
    code: 'BAD_USER_INPUT',
    reason: 'LINK_EXPIRED',
  });

  it("tells the sender of an expired status link the sender's way onwards", () => {
    renderIn('nl', <LinkProblem error={expired} purpose="status" />);
    const text = screen.getByTestId('link-problem').textContent ?? '';
    expect(text).toContain('bij elke nieuwe stand krijgt u een e-mail met een nieuwe link');
    expect(text).toContain('Mijn school');
    expect(text).not.toContain('inbox');
    expect(text).not.toContain('de school een nieuw verzoek');
  });

  it('tells the partner of an expired answer link to sign in or wait for a new request', () => {
    renderIn('en', <LinkProblem error={expired} purpose="answer" />);
    const text = screen.getByTestId('link-problem').textContent ?? '';
    expect(text).toContain('sign in and open the inbox');
  });
});
