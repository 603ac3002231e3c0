import { describe, expect, it, jest } from '@jest/globals';
import { fireEvent, render, screen } from '@testing-library/react';

import { BusyButton } from './BusyButton';

describe('BusyButton', () => {
  function form(busy: boolean) {
    const submitted = jest.fn((event: React.FormEvent) => event.preventDefault());
    const clicked = jest.fn();
    render(
      <form onSubmit={submitted}>
        <BusyButton type="submit" busy={busy} onClick={clicked}>
          Opslaan
        </BusyButton>
      </form>,
    );
    return { button: screen.getByRole('button', { name: 'Opslaan' }), submitted, clicked };
  }

  it('while busy: says so, stays focusable, and neither clicks nor submits', () => {
    const { button, submitted, clicked } = form(true);
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect((button as HTMLButtonElement).disabled).toBe(false);
    button.focus();
    fireEvent.click(button);
    expect(document.activeElement).toBe(button);
    expect(clicked).not.toHaveBeenCalled();
    expect(submitted).not.toHaveBeenCalled();
  });

  it('when not busy: an ordinary button that clicks and submits', () => {
    const { button, submitted, clicked } = form(false);
    expect(button.hasAttribute('aria-disabled')).toBe(false);
    fireEvent.click(button);
    expect(clicked).toHaveBeenCalledTimes(1);
    expect(submitted).toHaveBeenCalledTimes(1);
  });

  it('is a plain button unless told otherwise, so it never submits a form by accident', () => {
    render(<BusyButton busy={false}>Zoek</BusyButton>);
    expect(screen.getByRole('button', { name: 'Zoek' }).getAttribute('type')).toBe('button');
  });
});
