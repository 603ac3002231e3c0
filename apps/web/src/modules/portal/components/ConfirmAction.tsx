import { useState } from 'react';

import { BusyButton } from '../../../shared/forms/BusyButton';
import { useFocusOnOpenAndClose } from '../../../shared/focus/focus-key';
import { QuestionInPlace } from './QuestionInPlace';

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
    <QuestionInPlace
      question={question}
      questionRef={focus.opened}
      yes={yes}
      no={no}
      onYes={() => {
        setAsking(false);
        void onConfirm();
      }}
      onNo={() => setAsking(false)}
      yesTestId={testId ? `${testId}-yes` : undefined}
    />
  );
}
