import { useId, useState } from 'react';

import { BusyButton } from '../../../shared/forms/BusyButton';
import { useFocusOnOpenAndClose } from '../../../shared/focus/focus-key';

interface ConfirmActionProps {
  label: string;
  /** The button's accessible name, when `label` alone would not say what it acts on. */
  name?: string;
  /** The question asked before acting, e.g. "Aanbod X pauzeren?" */
  question: string;
  yes: string;
  no: string;
  disabled?: boolean;
  testId?: string;
  /** The button's data-focus-key, for a list that hands the keyboard to it. */
  focusKey?: string;
  onConfirm: () => void | Promise<void>;
}

/** A button that asks first, in place (no pop-up): the question with Yes and No. */
export function ConfirmAction({
  label,
  name,
  question,
  yes,
  no,
  disabled,
  testId,
  focusKey,
  onConfirm,
}: ConfirmActionProps) {
  const id = useId();
  const [asking, setAsking] = useState(false);
  // To the question when it opens, back to the button when it closes (a BusyButton keeps focus
  // while the action runs).
  const focus = useFocusOnOpenAndClose<HTMLParagraphElement, HTMLButtonElement>(asking);

  if (!asking) {
    return (
      <BusyButton
        ref={focus.opener}
        type="button"
        className="button button--small"
        busy={disabled ?? false}
        aria-label={name}
        data-testid={testId}
        data-focus-key={focusKey}
        onClick={() => setAsking(true)}
      >
        {label}
      </BusyButton>
    );
  }
  return (
    <div className="portal-confirm" role="group" aria-labelledby={`${id}-q`}>
      <p id={`${id}-q`} ref={focus.opened} tabIndex={-1}>
        {question}
      </p>
      <button
        type="button"
        className="button button--small button--primary"
        data-testid={testId ? `${testId}-yes` : undefined}
        onClick={() => {
          setAsking(false);
          void onConfirm();
        }}
      >
        {yes}
      </button>
      <button type="button" className="button button--small" onClick={() => setAsking(false)}>
        {no}
      </button>
    </div>
  );
}
