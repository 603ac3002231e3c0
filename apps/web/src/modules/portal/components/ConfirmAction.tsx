import { useEffect, useId, useRef, useState } from 'react';

interface ConfirmActionProps {
  label: string;
  /** The question asked before acting, e.g. "Aanbod X pauzeren?" */
  question: string;
  yes: string;
  no: string;
  disabled?: boolean;
  testId?: string;
  onConfirm: () => void | Promise<void>;
}

/** A button that asks first, in place (no pop-up): the question with Yes and No. */
export function ConfirmAction({
  label,
  question,
  yes,
  no,
  disabled,
  testId,
  onConfirm,
}: ConfirmActionProps) {
  const id = useId();
  const [asking, setAsking] = useState(false);
  const questionRef = useRef<HTMLParagraphElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  // Back to the button once the question closes; after Yes it is disabled while the action
  // runs, and a disabled button takes no focus, so it waits until the button is enabled again.
  const focusBack = useRef(false);

  useEffect(
    function moveFocus() {
      if (asking) questionRef.current?.focus();
      else if (wasAsking.current) focusBack.current = true;
      wasAsking.current = asking;
      if (focusBack.current && !disabled && buttonRef.current) {
        buttonRef.current.focus();
        focusBack.current = false;
      }
    },
    [asking, disabled],
  );

  if (!asking) {
    return (
      <button
        ref={buttonRef}
        type="button"
        className="button button--small"
        disabled={disabled}
        data-testid={testId}
        onClick={() => setAsking(true)}
      >
        {label}
      </button>
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
