import { useId, useState } from 'react';

import { useLanguage, useT } from '../../app/i18n/use-t';
import { ErrorSummary, type SummaryItem } from './ErrorSummary';
import { serverError, splitFieldProblems, type ServerErrorInfo } from './server-errors';

type Problems<F extends string> = Partial<Record<F, string>>;

/**
 * The problems of a form: per field (found before sending, or named by the API) and for the
 * form as a whole, with the summary's items and the attempt count that moves focus to the
 * summary.
 */
export function useFormProblems<F extends string>(fields: readonly F[], labels: Record<F, string>) {
  const t = useT();
  const { lang } = useLanguage();
  const id = useId();
  const fieldId = (f: F) => `${id}-${f}`;
  const [errors, setErrors] = useState<Problems<F>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  return {
    id,
    fieldId,
    errors,
    formError,
    attempt,
    /** Shows the problems found before sending; true when there are any (do not send). */
    refuse(found: Problems<F>): boolean {
      setFormError(null);
      setErrors(found);
      if (Object.keys(found).length === 0) return false;
      setAttempt((n) => n + 1);
      return true;
    },
    /**
     * Shows the API's refusal: its field problems at the fields, the rest above the form (a rate
     * limit says when to try again). `adjust` may rewrite the field problems, and may return the
     * form's message itself (a string, or null for none).
     */
    failed(
      error: unknown,
      adjust?: (info: ServerErrorInfo, own: Problems<F>) => string | null | void,
    ): void {
      const info = serverError(error, lang);
      const { own, other } = splitFieldProblems(info.fields, fields);
      const message = adjust?.(info, own);
      setErrors(own);
      if (message !== undefined) setFormError(message);
      else if (info.rateLimitedSeconds !== null) {
        setFormError(t.auth.form.rateLimited(info.rateLimitedSeconds));
      } else if (other.length > 0 || Object.keys(own).length === 0) {
        setFormError(`${t.auth.form.failed} ${other.join(' ') || info.message}`);
      }
      setAttempt((n) => n + 1);
    },
    items: fields
      .filter((f) => errors[f])
      .map((f): SummaryItem => ({ fieldId: fieldId(f), text: `${labels[f]}: ${errors[f]}` })),
  };
}

export type FormProblems = Pick<
  ReturnType<typeof useFormProblems>,
  'id' | 'formError' | 'attempt' | 'items'
>;

/** The form's error summary, from its problems. */
export function ProblemSummary({ problems }: { problems: FormProblems }) {
  const t = useT();
  return (
    <ErrorSummary
      heading={t.auth.form.summaryHeading}
      message={problems.formError}
      items={problems.items}
      attempt={problems.attempt}
    />
  );
}
