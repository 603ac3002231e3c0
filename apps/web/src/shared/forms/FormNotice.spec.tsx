import { describe, expect, it } from '@jest/globals';
import { render, screen } from '@testing-library/react';

import { Confirmation } from './Confirmation';
import { TokenProblem } from './TokenProblem';

// The notices that stand where a form (or its button) was: announced, and holding the keyboard
// when they replace what had it.
describe('notices in the place of a form', () => {
  it('a confirmation is a status and takes the keyboard as it appears', () => {
    render(<Confirmation testId="saved">Opgeslagen.</Confirmation>);
    const notice = screen.getByRole('status');
    expect(notice.textContent).toBe('Opgeslagen.');
    expect(notice.getAttribute('data-testid')).toBe('saved');
    expect(notice.className).toBe('notice notice--success');
    expect(notice.tabIndex).toBe(-1);
    expect(document.activeElement).toBe(notice);
  });

  it('a spent link is an alert; it takes the keyboard only after a press of the form’s button', () => {
    const { unmount } = render(<TokenProblem afterAttempt={false}>Verlopen.</TokenProblem>);
    const opened = screen.getByRole('alert');
    expect(opened.getAttribute('data-testid')).toBe('token-problem');
    expect(opened.className).toBe('notice notice--error');
    expect(opened.tabIndex).toBe(-1);
    expect(document.activeElement).not.toBe(opened);
    unmount();

    render(<TokenProblem afterAttempt>Verlopen.</TokenProblem>);
    expect(document.activeElement).toBe(screen.getByRole('alert'));
  });
});
