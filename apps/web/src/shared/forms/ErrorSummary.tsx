import { useEffect, useId, useRef } from 'react';

export interface SummaryItem {
  /** The id of the field to jump to. */
  fieldId: string;
  text: string;
}

interface ErrorSummaryProps {
  heading: string;
  /** A problem with the whole form (wrong password, rate limit, server error). */
  message?: string | null;
  items?: SummaryItem[];
  /** Changes on every failed submit, so focus moves here each time. */
  attempt: number;
  /** The heading's level: one below the heading of what the form sits in (a page's h1: 2). */
  level?: 2 | 3 | 4 | 5;
}

/** The problems of a form, at its top: focused after a failed submit, each linking to its field. */
export function ErrorSummary({
  heading,
  message,
  items = [],
  attempt,
  level = 2,
}: ErrorSummaryProps) {
  const Heading = `h${level}` as const;
  const ref = useRef<HTMLDivElement>(null);
  const headingId = useId();
  const visible = Boolean(message) || items.length > 0;

  useEffect(
    function focusAfterFailedSubmit() {
      if (visible && attempt > 0) ref.current?.focus();
    },
    [attempt, visible],
  );

  if (!visible) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby={headingId}
      className="notice notice--error error-summary"
      data-testid="error-summary"
    >
      <Heading id={headingId} className="error-summary__heading">
        {heading}
      </Heading>
      {message && <p data-testid="form-error">{message}</p>}
      {items.length > 0 && (
        <ul>
          {items.map((item) => (
            <li key={item.fieldId}>
              <a
                href={`#${item.fieldId}`}
                onClick={(event) => {
                  event.preventDefault();
                  document.getElementById(item.fieldId)?.focus();
                }}
              >
                {item.text}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
