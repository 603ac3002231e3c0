import type { ReactNode } from 'react';

import { ErrorSummary } from '../../../shared/forms/ErrorSummary';
import type { FieldProblems } from '../../../shared/forms/use-field-problems';

interface ServerProblemsFormProps {
  testId: string;
  className?: string;
  /** The form's own heading, above the summary. */
  heading?: ReactNode;
  /** The summary's heading, e.g. "De afspraak is niet opgeslagen". */
  summaryHeading: string;
  problems: FieldProblems;
  /** Sends the form; what the API refuses is shown in the summary and at the fields. */
  onSend: () => Promise<void>;
  children: ReactNode;
}

/**
 * A collaborations form: checked by the API rather than the browser, with the API's refusal
 * summed up at the top.
 */
export function ServerProblemsForm({
  testId,
  className = 'collab-form',
  heading,
  summaryHeading,
  problems,
  onSend,
  children,
}: ServerProblemsFormProps) {
  return (
    <form
      className={className}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void onSend().catch((error: unknown) => problems.failed(error));
      }}
      data-testid={testId}
    >
      {heading}
      <ErrorSummary heading={summaryHeading} {...problems.summary} />
      {children}
    </form>
  );
}
