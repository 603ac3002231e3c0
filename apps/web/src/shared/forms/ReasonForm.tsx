import { useEffect, useRef, type FormEvent } from 'react';

import { ReasonField } from './ReasonField';
import { BusyButton } from './BusyButton';
import { FormActions } from './FormActions';
import { itemLabel } from './item-label';
import type { ReasonFormState } from './use-reason-form';

/** The texts of a ReasonForm, a group of their own in the catalogue. */
export interface ReasonFormTexts {
  /** The button that opens the form. */
  open: string;
  label: string;
  hint: string;
  submit: string;
  /** The submit button's text while sending; without it the button keeps `submit`. */
  submitting?: string;
  cancel: string;
  /** The error when the reason is too short (useReasonForm's `checked`). */
  required: string;
}

interface ReasonFormProps {
  state: ReasonFormState;
  texts: ReasonFormTexts;
  busy: boolean;
  onSubmit: (event: FormEvent) => void;
  /** Whether the opening button says it expands (aria-expanded="false"). */
  openerExpands?: boolean;
  /** What is declined or rejected, in a list of several: it names the opening button too
   * (itemLabel). */
  about?: string;
}

/**
 * Declining or rejecting with a reason: a button that opens the form, then the reason field, the
 * submit button and cancel.
 */
export function ReasonForm({
  state,
  texts,
  busy,
  onSubmit,
  openerExpands,
  about,
}: ReasonFormProps) {
  // Cancelling removes the form and the focused button with it: the keyboard goes back to the
  // button that opened it, not to the top of the page. Only a new cancel does: a form closed by
  // its answer (after an earlier cancel) leaves the keyboard to whoever answered.
  const opener = useRef<HTMLButtonElement>(null);
  const { open, cancels } = state;
  const cancelsHandled = useRef(cancels);
  useEffect(
    function focusOpenerAfterCancel() {
      if (open || cancels === cancelsHandled.current) return;
      cancelsHandled.current = cancels;
      opener.current?.focus();
    },
    [open, cancels],
  );
  if (!state.open) {
    return (
      <BusyButton
        ref={opener}
        type="button"
        className="button button--secondary"
        busy={busy}
        aria-expanded={openerExpands ? false : undefined}
        aria-label={about === undefined ? undefined : itemLabel(texts.open, about)}
        onClick={() => state.setOpen(true)}
      >
        {texts.open}
      </BusyButton>
    );
  }
  return (
    <form className="decline-form" noValidate onSubmit={onSubmit}>
      <ReasonField
        id={state.id}
        label={texts.label}
        hint={texts.hint}
        error={state.error}
        value={state.reason}
        onChange={state.setReason}
      />
      <FormActions busy={busy} submit={texts.submit} submitting={texts.submitting ?? texts.submit}>
        <button type="button" className="button button--secondary" onClick={state.cancel}>
          {texts.cancel}
        </button>
      </FormActions>
    </form>
  );
}
