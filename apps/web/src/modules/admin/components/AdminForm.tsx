import { useId, useState, type FormEvent, type ReactNode } from 'react';

import { useLanguage, useT } from '../../../app/i18n/use-t';
import { ErrorSummary, type SummaryItem } from '../../../shared/forms/ErrorSummary';
import {
  serverError,
  splitFieldProblems,
  type ServerErrorInfo,
} from '../../../shared/forms/server-errors';

type Problems<F extends string> = Partial<Record<F, string>>;

/**
 * The problems of an admin form: per field (found before sending, or named by the API) and
 * for the form as a whole, with the summary's items and the attempt count that moves focus
 * to the summary.
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
    /** Shows the API's refusal: its field problems at the fields, the rest above the form. */
    failed(error: unknown, adjust?: (info: ServerErrorInfo, own: Problems<F>) => void): void {
      const info = serverError(error, lang);
      const { own, other } = splitFieldProblems(info.fields, fields);
      adjust?.(info, own);
      setErrors(own);
      if (other.length > 0 || Object.keys(own).length === 0) {
        setFormError(`${t.auth.form.failed} ${other.join(' ') || info.message}`);
      }
      setAttempt((n) => n + 1);
    },
    items: fields
      .filter((f) => errors[f])
      .map((f): SummaryItem => ({ fieldId: fieldId(f), text: `${labels[f]}: ${errors[f]}` })),
  };
}

interface AdminFormProps {
  problems: Pick<ReturnType<typeof useFormProblems>, 'id' | 'formError' | 'attempt' | 'items'>;
  heading: string;
  intro: string;
  /** What was done, announced and shown after a successful send; null before. */
  done: string | null;
  doneTestId: string;
  formTestId: string;
  onSubmit: (event: FormEvent) => Promise<void>;
  busy: boolean;
  submit: string;
  submitting: string;
  children: ReactNode;
}

/** An admin form in its own section: heading, intro, success notice, error summary, button. */
export function AdminForm({ problems, ...p }: AdminFormProps) {
  const t = useT();
  const headingId = `${problems.id}-heading`;
  return (
    <section className="account-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{p.heading}</h2>
      <p>{p.intro}</p>
      <p className="visually-hidden" role="status">
        {p.done ?? ''}
      </p>
      {p.done && (
        <p className="notice notice--success" aria-hidden="true" data-testid={p.doneTestId}>
          {p.done}
        </p>
      )}
      <form
        className="account-form"
        noValidate
        onSubmit={(e) => void p.onSubmit(e)}
        aria-labelledby={headingId}
        data-testid={p.formTestId}
      >
        <ErrorSummary
          heading={t.auth.form.summaryHeading}
          message={problems.formError}
          items={problems.items}
          attempt={problems.attempt}
        />
        {p.children}
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={p.busy}>
            {p.busy ? p.submitting : p.submit}
          </button>
        </div>
      </form>
    </section>
  );
}
