import { useEffect, useId, useRef } from 'react';

import { useT } from '../../../app/i18n/use-t';

interface UnsavedQuestionProps {
  /** The open form's heading: what has the unsaved changes. */
  what: string;
  onDiscard: () => void;
  onKeepEditing: () => void;
}

/**
 * Asked in place (no pop-up) when the partner leaves a form or the coverage editor that holds
 * unsaved changes: a drawn area or a half-edited offering is not thrown away without a word.
 * The question takes the keyboard when it appears.
 */
export function UnsavedQuestion({ what, onDiscard, onKeepEditing }: UnsavedQuestionProps) {
  const o = useT().portal.offerings;
  const id = useId();
  const questionRef = useRef<HTMLParagraphElement>(null);
  useEffect(function focusQuestion() {
    questionRef.current?.focus();
  }, []);
  return (
    <div
      className="portal-confirm"
      role="group"
      aria-labelledby={`${id}-q`}
      data-testid="unsaved-question"
    >
      <p id={`${id}-q`} ref={questionRef} tabIndex={-1}>
        {o.unsaved(what)}
      </p>
      <button
        type="button"
        className="button button--small button--primary"
        data-testid="unsaved-discard"
        onClick={onDiscard}
      >
        {o.discard}
      </button>
      <button
        type="button"
        className="button button--small"
        data-testid="unsaved-keep"
        onClick={onKeepEditing}
      >
        {o.keepEditing}
      </button>
    </div>
  );
}
