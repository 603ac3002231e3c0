import { useEffect, useId, useRef, useState } from 'react';

import { BusyButton } from '../../../shared/forms/BusyButton';

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
  const questionRef = useRef<HTMLParagraphElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);

  // To the question when it opens, back to the button when it closes (a BusyButton keeps focus
  // while the action runs).
  useEffect(
    function moveFocus() {
      if (asking) questionRef.current?.focus();
      else if (wasAsking.current) buttonRef.current?.focus();
      wasAsking.current = asking;
    },
    [asking],
  );

  if (!asking) {
    return (
      <BusyButton
        ref={buttonRef}
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
      <p id={`${id}-q`} ref={questionRef} tabIndex={-1}>
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
