import { useT } from '../../../app/i18n/use-t';
import { useFocusWhen } from '../../../shared/focus/focus-key';
import { QuestionInPlace } from './QuestionInPlace';

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
  const question = useFocusWhen<HTMLParagraphElement>(true);
  return (
    <QuestionInPlace
      question={o.unsaved(what)}
      questionRef={question}
      yes={o.discard}
      no={o.keepEditing}
      onYes={onDiscard}
      onNo={onKeepEditing}
      testId="unsaved-question"
      yesTestId="unsaved-discard"
      noTestId="unsaved-keep"
    />
  );
}
