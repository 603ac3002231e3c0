import type { ReactNode } from 'react';

import { FormNotice } from './FormNotice';

/**
 * A mailed link that does not work (missing, spent, expired), in the place of the form it
 * opened. It takes the keyboard when it replaces the form after a press of its button
 * (`afterAttempt`).
 */
export function TokenProblem({
  afterAttempt,
  children,
}: {
  afterAttempt: boolean;
  children: ReactNode;
}) {
  return (
    <FormNotice tone="error" takesFocus={afterAttempt} testId="token-problem">
      {children}
    </FormNotice>
  );
}
