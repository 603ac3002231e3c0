import type { FormEvent, ReactNode } from 'react';

import { FormActions } from '../../../shared/forms/FormActions';
import { ProblemSummary, type FormProblems } from '../../../shared/forms/use-form-problems';

/** The texts of an admin form, as its group in the catalogue holds them. */
interface AdminFormTexts {
  heading: string;
  intro: string;
  submit: string;
  submitting: string;
}

interface AdminFormProps {
  problems: FormProblems;
  texts: AdminFormTexts;
  /** What was done, announced and shown after a successful send; null before. */
  done: string | null;
  doneTestId: string;
  formTestId: string;
  onSubmit: (event: FormEvent) => Promise<void>;
  busy: boolean;
  children: ReactNode;
}

/** An admin form in its own section: heading, intro, success notice, error summary, button. */
export function AdminForm({ problems, texts, ...p }: AdminFormProps) {
  const headingId = `${problems.id}-heading`;
  return (
    <section className="account-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{texts.heading}</h2>
      <p>{texts.intro}</p>
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
        <ProblemSummary problems={problems} />
        {p.children}
        <FormActions busy={p.busy} submit={texts.submit} submitting={texts.submitting} />
      </form>
    </section>
  );
}
