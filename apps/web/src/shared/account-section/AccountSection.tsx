import { useId, type ReactNode } from 'react';

/**
 * A section of an account page (or the school page), named by its h2 heading. With a
 * `headingFocusKey` the heading can take the keyboard (`data-focus-key`), for when an action
 * removes the last item the focus could go on to.
 */
export function AccountSection({
  heading,
  testId,
  headingFocusKey,
  children,
}: {
  heading: ReactNode;
  testId?: string;
  headingFocusKey?: string;
  children: ReactNode;
}) {
  const headingId = useId();
  return (
    <section className="account-section" aria-labelledby={headingId} data-testid={testId}>
      <h2
        id={headingId}
        tabIndex={headingFocusKey ? -1 : undefined}
        data-focus-key={headingFocusKey}
      >
        {heading}
      </h2>
      {children}
    </section>
  );
}
