import { describe, expect, it } from '@jest/globals';
import { act, fireEvent, render, screen } from '@testing-library/react';

import { ReasonForm, type ReasonFormTexts } from './ReasonForm';
import { useReasonForm } from './use-reason-form';

const TEXTS: ReasonFormTexts = {
  open: 'Afwijzen…',
  label: 'Reden',
  hint: 'Wat de ander leest.',
  submit: 'Afwijzing versturen',
  cancel: 'Annuleren',
  required: 'Geef een reden.',
};

/** A request's decline form whose answer closes it and moves the focus nowhere itself. */
function Declining() {
  const state = useReasonForm('verzoek');
  return (
    <ReasonForm
      state={state}
      texts={TEXTS}
      busy={false}
      about="De Regenboog"
      onSubmit={(event) => {
        event.preventDefault();
        state.setOpen(false);
      }}
    />
  );
}

const opener = () => screen.getByRole('button', { name: 'Afwijzen…: De Regenboog' });

function press(name: string) {
  const button = screen.getByRole('button', { name });
  button.focus();
  act(() => fireEvent.click(button));
}

describe('ReasonForm', () => {
  it('gives the keyboard back to its opener after Annuleren, and not after an answer that follows', () => {
    render(<Declining />);
    press('Afwijzen…: De Regenboog');
    press('Annuleren');
    expect(document.activeElement).toBe(opener());

    press('Afwijzen…: De Regenboog');
    press('Afwijzing versturen');
    // The answer's own move (a request's heading) decides; the opener does not take it first.
    expect(document.activeElement).not.toBe(opener());
  });
});
