import { useT } from '../../../app/i18n/use-t';
import { useFocusWhen } from '../../../shared/focus/focus-key';
import { useUnsavedNames } from '../hooks/unsaved-forms';
import { QuestionInPlace } from './QuestionInPlace';

interface UnsavedQuestionProps {
  /** The open form's heading: what has the unsaved changes. */
  what: string;
  /** Asked for leaving the page: then every unsaved form of the page is named, not only this. */
  leaving?: boolean;
  onDiscard: () => void;
  onKeepEditing: () => void;
}

/**
 * Asked in place (no pop-up) when the partner leaves a form or the coverage editor that holds
 * unsaved changes: a drawn area or a half-edited offering is not thrown away without a word.
 * The question takes the keyboard when it appears.
 */
export function UnsavedQuestion({
  what,
  leaving = false,
  onDiscard,
  onKeepEditing,
}: UnsavedQuestionProps) {
  const o = useT().portal.offerings;
  const names = useUnsavedNames(what);
  const question = useFocusWhen<HTMLParagraphElement>(true);
  return (
    <QuestionInPlace
      question={leaving && names.length > 1 ? o.unsavedAll(names) : o.unsaved(what)}
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
