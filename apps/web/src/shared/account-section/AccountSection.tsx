import { useId, type ReactNode } from 'react';

/** A section of an account page (or the school page), named by its h2 heading. */
export function AccountSection({
  heading,
  testId,
  children,
}: {
  heading: ReactNode;
  testId?: string;
  children: ReactNode;
}) {
  const headingId = useId();
  return (
    <section className="account-section" aria-labelledby={headingId} data-testid={testId}>
      <h2 id={headingId}>{heading}</h2>
      {children}
    </section>
  );
}
