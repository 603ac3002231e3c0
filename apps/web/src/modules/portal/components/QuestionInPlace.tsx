import { useId, type Ref } from 'react';

interface QuestionInPlaceProps {
  /** What is asked, e.g. "Aanbod X pauzeren?"; it names the group of the two answers. */
  question: string;
  /** The question's paragraph, for the caller to hand the keyboard to when it appears. */
  questionRef: Ref<HTMLParagraphElement>;
  yes: string;
  no: string;
  onYes: () => void;
  onNo: () => void;
  testId?: string;
  yesTestId?: string;
  noTestId?: string;
}

/** A question asked in place (no pop-up): the question, then Yes (the primary button) and No. */
export function QuestionInPlace({
  question,
  questionRef,
  yes,
  no,
  onYes,
  onNo,
  testId,
  yesTestId,
  noTestId,
}: QuestionInPlaceProps) {
  const id = useId();
  return (
    <div className="portal-confirm" role="group" aria-labelledby={`${id}-q`} data-testid={testId}>
      <p id={`${id}-q`} ref={questionRef} tabIndex={-1}>
        {question}
      </p>
      <button
        type="button"
        className="button button--small button--primary"
        data-testid={yesTestId}
        onClick={onYes}
      >
        {yes}
      </button>
      <button type="button" className="button button--small" data-testid={noTestId} onClick={onNo}>
        {no}
      </button>
    </div>
  );
}
