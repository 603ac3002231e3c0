import type { ReactNode } from 'react';

import { useFocusWhen } from '../focus/focus-key';

/**
 * A mailed link that does not work (missing, spent, expired), in the place of the form it
 * opened. When it replaces the form after a press of its button (`afterAttempt`), it takes the
 * keyboard: the button is gone, and focus would otherwise fall to the top of the page.
 */
export function TokenProblem({
  afterAttempt,
  children,
}: {
  afterAttempt: boolean;
  children: ReactNode;
}) {
  const ref = useFocusWhen<HTMLDivElement>(afterAttempt);
  return (
    <div
      ref={ref}
      tabIndex={-1}
      className="notice notice--error"
      role="alert"
      data-testid="token-problem"
    >
      {children}
    </div>
  );
}
