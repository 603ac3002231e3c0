import type { ReactNode } from 'react';

interface FormActionsProps {
  /** While sending: the button is disabled and says so. */
  busy: boolean;
  submit: string;
  submitting: string;
  /** Further buttons or links after the submit button (cancel, back, …). */
  children?: ReactNode;
}

/** A form's buttons: its primary submit button first, then any others. */
export function FormActions({ busy, submit, submitting, children }: FormActionsProps) {
  return (
    <div className="form-actions">
      <button type="submit" className="button button--primary" disabled={busy}>
        {busy ? submitting : submit}
      </button>
      {children}
    </div>
  );
}
