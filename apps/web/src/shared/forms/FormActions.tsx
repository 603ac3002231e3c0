import type { ReactNode } from 'react';

import { BusyButton } from './BusyButton';

interface FormActionsProps {
  /** While sending: the button is unavailable (keeping focus) and says so. */
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
      <BusyButton type="submit" className="button button--primary" busy={busy}>
        {busy ? submitting : submit}
      </BusyButton>
      {children}
    </div>
  );
}
