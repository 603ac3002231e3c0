import { useState } from 'react';

/** Fewer characters than this is not a reason (the API asks the same). */
const REASON_MIN_LENGTH = 3;

/**
 * The state of a form that declines or rejects with a reason (ReasonForm): whether it is open,
 * the reason typed and its error. The field's ids start with `id`.
 */
export function useReasonForm(id: string) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  // Counts the cancels: ReasonForm gives the keyboard back to its opener after each one.
  const [cancels, setCancels] = useState(0);

  return {
    id,
    open,
    setOpen,
    reason,
    setReason,
    error,
    setError,
    cancels,
    /** The trimmed reason; or, when it is too short, null after showing `required` on the field. */
    checked(required: string): string | null {
      const trimmed = reason.trim();
      if (trimmed.length < REASON_MIN_LENGTH) {
        setError(required);
        document.getElementById(`${id}-reason`)?.focus();
        return null;
      }
      setError(null);
      return trimmed;
    },
    /** Closes the form and drops its error; the reason typed stays for the next opening. */
    cancel() {
      setOpen(false);
      setError(null);
      setCancels((n) => n + 1);
    },
  };
}

export type ReasonFormState = ReturnType<typeof useReasonForm>;
