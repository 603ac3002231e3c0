import { useRef, type ReactNode, type RefObject } from 'react';

/**
 * A portal form's problem summary, and the call that focuses it once drawn (it may appear only
 * now), so keyboard and screen-reader users learn what went wrong.
 */
export function useProblemNotice() {
  const ref = useRef<HTMLDivElement>(null);
  return { ref, focus: () => void requestAnimationFrame(() => ref.current?.focus()) };
}

interface ProblemNoticeProps {
  notice: { ref: RefObject<HTMLDivElement | null> };
  testId: string;
  message: string;
  /** The problems one by one, under the message. */
  children?: ReactNode;
}

export function ProblemNotice({ notice, testId, message, children }: ProblemNoticeProps) {
  return (
    <div
      ref={notice.ref}
      tabIndex={-1}
      className="notice notice--error"
      role="alert"
      data-testid={testId}
    >
      <p>{message}</p>
      {children}
    </div>
  );
}

/**
 * The problems of a form's fields, each named by its label ("Titel: Verplicht."), under a
 * ProblemNotice: a screen reader hears what to fix without hunting through the form.
 */
export function FieldProblemList<F extends string>({
  errors,
  labels,
}: {
  errors: Partial<Record<F, string>>;
  labels: Record<F, string>;
}) {
  const entries = (Object.entries(errors) as [F, string | undefined][]).filter(
    (e): e is [F, string] => Boolean(e[1]),
  );
  if (entries.length === 0) return null;
  return (
    <ul data-testid="field-problems">
      {entries.map(([field, message]) => (
        <li key={field}>
          {labels[field]}: {message}
        </li>
      ))}
    </ul>
  );
}
