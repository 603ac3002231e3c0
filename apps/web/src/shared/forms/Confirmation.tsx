import type { ReactNode } from 'react';

import { useFocusWhen } from '../focus/focus-key';

/**
 * What a form did, shown in its place once sent: announced, and focused when it appears (the
 * form and its button are gone, so focus would otherwise fall back to the page).
 */
export function Confirmation({ testId, children }: { testId: string; children: ReactNode }) {
  const ref = useFocusWhen<HTMLDivElement>(true);
  return (
    <div
      ref={ref}
      tabIndex={-1}
      className="notice notice--success"
      role="status"
      data-testid={testId}
    >
      {children}
    </div>
  );
}
